package id.go.kalbarprov.sop.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A handoff to another service, written in the same transaction as the change it announces. Open until delivered or
 * skipped; while open and parked, the relay leaves it (and the case's later events to that destination) alone.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    public String type;
    /** The service the event goes to. */
    public String destination;
    @Column(name = "aggregate_id")
    public UUID aggregateId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> payload;
    @Column(name = "created_at")
    public Instant createdAt;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** The W3C traceparent of the request that recorded the event, or null outside a trace. */
    @Column(name = "trace_parent")
    public String traceParent;
    /** Set when the relay gave up on the event ({@link ParkingRule}); a parked event is never sent until retried. */
    @Column(name = "parked_at")
    public Instant parkedAt;
    @Column(name = "parked_reason")
    public String parkedReason;
    /** Set when an operator skipped the parked event: done without delivery, so the case's later events may go. */
    @Column(name = "skipped_at")
    public Instant skippedAt;

    /** Neither delivered nor skipped: the case's later events to the same destination wait for it. */
    public boolean isOpen() {
        return deliveredAt == null && skippedAt == null;
    }
}
