package id.go.kalbarprov.sop.request.outbox;

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

/**
 * Records handoffs. Must run inside the transaction of the state change it announces; once that transaction commits,
 * the relay is woken so the handoff leaves at once rather than at the next poll.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    /** A draft version was submitted for review (request → review). */
    public static final String DRAFT_SUBMITTED = "DraftSubmitted";
    /** A document passed between officers, for the agenda book (request → archive). */
    public static final String AGENDA_REGISTRATION = "AgendaRegistration";

    public static final String REVIEW_SERVICE = "review-service";
    public static final String ARCHIVE_SERVICE = "archive-service";

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String type, String destination, UUID aggregateId, Map<String, Object> payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.destination = destination;
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
