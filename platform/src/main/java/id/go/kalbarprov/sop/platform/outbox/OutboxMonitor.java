package id.go.kalbarprov.sop.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;

/** What operators need to see of the outbox: how much waits, how much fails, and which events are stuck. */
@ApplicationScoped
public class OutboxMonitor {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @PostConstruct
    void registerGauges() {
        metrics.gauge("sop_outbox_pending", this, monitor -> monitor.gauge(Counts::pending));
        metrics.gauge("sop_outbox_failing", this, monitor -> monitor.gauge(Counts::failing));
    }

    /** Undelivered events, those of them that failed at least once, and the age of the oldest. */
    public Counts counts() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("""
                    SELECT count(*), count(*) FILTER (WHERE attempts > 0), min(created_at)
                    FROM outbox_event WHERE delivered_at IS NULL""").getSingleResult();
            return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), instant(row[2]));
        });
    }

    private double gauge(ToLongFunction<Counts> figure) {
        try {
            return figure.applyAsLong(counts());
        } catch (RuntimeException e) {
            return -1; // the database is unreachable; readiness says so
        }
    }

    /**
     * Undelivered events that failed at least once or have waited longer than {@code olderThan}, oldest first. The
     * payload stays out: it carries officers' data, and the case id is enough to follow up.
     */
    public StuckPage stuck(Duration olderThan, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Instant cutoff = Instant.now().minus(olderThan);
            String where = "FROM outbox_event WHERE delivered_at IS NULL AND (attempts > 0 OR created_at < ?1)";
            long total = ((Number) em.createNativeQuery("SELECT count(*) " + where)
                    .setParameter(1, cutoff).getSingleResult()).longValue();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT id, type, destination, aggregate_id, created_at, attempts, next_attempt_at, last_error
                    """ + where + " ORDER BY created_at LIMIT ?2 OFFSET ?3")
                    .setParameter(1, cutoff).setParameter(2, size).setParameter(3, (long) page * size)
                    .getResultList();
            List<StuckEvent> events = rows.stream().map(OutboxMonitor::stuckEvent).toList();
            return new StuckPage(events, total);
        });
    }

    private static StuckEvent stuckEvent(Object[] row) {
        return new StuckEvent((UUID) row[0], (String) row[1], (String) row[2], (UUID) row[3], instant(row[4]),
                ((Number) row[5]).intValue(), instant(row[6]), (String) row[7]);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public record Counts(long pending, long failing, Instant oldestPendingSince) {
    }

    public record StuckEvent(UUID id, String type, String destination, UUID caseId, Instant createdAt, int attempts,
                             Instant nextAttemptAt, String lastError) {
    }

    public record StuckPage(List<StuckEvent> events, long total) {
    }
}
