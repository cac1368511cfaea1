package id.go.kalbarprov.sop.archive.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Records handoffs. Must run inside the transaction of the state change it announces. */
@ApplicationScoped
public class Outbox {

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
        return event;
    }
}
