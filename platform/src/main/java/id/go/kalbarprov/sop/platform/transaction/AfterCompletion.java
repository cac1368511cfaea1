package id.go.kalbarprov.sop.platform.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that waits for the outcome of the current transaction: what must happen only once it committed, or not. */
public final class AfterCompletion {

    private AfterCompletion() {
    }

    /** Runs {@code action} after the current transaction commits; never if it rolls back. */
    public static void onCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        register(transactions, true, action);
    }

    /** Runs {@code action} after the current transaction rolls back (or fails to commit); never if it commits. */
    public static void onRollback(TransactionSynchronizationRegistry transactions, Runnable action) {
        register(transactions, false, action);
    }

    private static void register(TransactionSynchronizationRegistry transactions, boolean onCommit, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    action.run();
                }
            }
        });
    }
}
