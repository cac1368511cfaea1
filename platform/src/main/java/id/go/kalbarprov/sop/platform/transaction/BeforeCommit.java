package id.go.kalbarprov.sop.platform.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that belongs at the very end of the current transaction, after the ORM's own flush: what takes a row every
 * transaction of its kind must take (a gap-free counter), so that the row is held for the commit only, not for the
 * rest of the transaction's work. What the action writes through the ORM it must flush itself.
 */
public final class BeforeCommit {

    private BeforeCommit() {
    }

    /** Runs {@code action} just before the current transaction commits; never when it is marked to roll back. */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    action.run();
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
