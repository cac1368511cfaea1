package id.go.kalbarprov.sop.request.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Records handoffs. Must run inside the transaction of the state change it announces. */
@ApplicationScoped
public class Outbox {

    /** A draft version was submitted for review (request → review). */
    public static final String DRAFT_SUBMITTED = "DraftSubmitted";
    /** A document passed between officers, for the agenda book (request → archive). */
    public static final String AGENDA_REGISTRATION = "AgendaRegistration";

    public static final String REVIEW_SERVICE = "review-service";
    public static final String ARCHIVE_SERVICE = "archive-service";

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
        return event;
    }
}
