package id.go.kalbarprov.sop.review.outbox;

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
 * Records handoffs. Must run inside the transaction of the state change it announces; once that transaction
 * commits, the relay is woken so the handoff leaves at once rather than at the next poll. The stored payload is the
 * exact body a relay delivers; its {@code eventId} lets the receiver apply it once. Where each type goes:
 * <ul>
 *   <li>{@link #DRAFT_RETURNED}: request-service, {@code POST /api/v1/cases/{aggregateId}/returns}</li>
 *   <li>{@link #CASE_STATUS}: request-service (case timeline), aggregate = case id</li>
 *   <li>{@link #CORRECTION_SIGNED}: archive-service, aggregate = case id</li>
 * </ul>
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Level 5 returned the draft to the pelaksana (review → request). */
    public static final String DRAFT_RETURNED = "DraftReturned";
    /** The signed correction, with its final content and all seals (review → archive). */
    public static final String CORRECTION_SIGNED = "CorrectionSigned";
    /** A status change of the case for its timeline (review → request). */
    public static final String CASE_STATUS = "CaseStatus";
    /** A document that passed between officers, for the agenda book (review → archive). */
    public static final String AGENDA_REGISTRATION = "AgendaRegistration";

    public static final String REQUEST_SERVICE = "request-service";
    public static final String ARCHIVE_SERVICE = "archive-service";

    /** Where each type of event goes. */
    static String destinationOf(String type) {
        return switch (type) {
            case DRAFT_RETURNED, CASE_STATUS -> REQUEST_SERVICE;
            case CORRECTION_SIGNED, AGENDA_REGISTRATION -> ARCHIVE_SERVICE;
            default -> throw new IllegalArgumentException("no destination for " + type);
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String type, UUID aggregateId, Map<String, Object> body) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.destination = destinationOf(type);
        event.aggregateId = aggregateId;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", event.id.toString());
        payload.putAll(body);
        event.payload = payload;
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
