package id.go.kalbarprov.sop.archive.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Records handoffs. Must run inside the transaction of the state change it announces; once that transaction
 * commits, the relay is woken so the handoff leaves at once rather than at the next poll. */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** The case reached a new status here (archive → request): ARCHIVED once filed. */
    public static final String CASE_STATUS = "CaseStatus";

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String type, UUID aggregateId, Map<String, Object> payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.aggregateId = aggregateId;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", event.id.toString());
        body.put("type", type);
        body.putAll(payload);
        event.payload = body;
        event.createdAt = Instant.now();
        event.nextAttemptAt = event.createdAt;
        event.persist();
        wakeRelayAfterCommit();
        return event;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
