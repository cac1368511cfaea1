package id.go.kalbarprov.sop.platform.outbox;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What operators need to see of the outbox: how much waits, how much fails, what is parked (per destination), which
 * events wait behind a parked one, and which events are stuck.
 */
@Startup
@ApplicationScoped
public class OutboxMonitor {

    /** Open: neither delivered nor skipped. */
    static final String OPEN = "delivered_at IS NULL AND skipped_at IS NULL";
    /** The oldest open parked event of the same case and destination created before {@code o}: what holds o back. */
    private static final String BLOCKED_BEHIND = """
            (SELECT p.id FROM outbox_event p WHERE p.aggregate_id = o.aggregate_id AND p.destination = o.destination
               AND p.parked_at IS NOT NULL AND p.delivered_at IS NULL AND p.skipped_at IS NULL
               AND p.created_at < o.created_at ORDER BY p.created_at LIMIT 1)""";

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    Config config;

    @Inject
    Instance<OutboxDestination> destinations;

    private final Set<String> watchedDestinations = ConcurrentHashMap.newKeySet();
    /** One grouped query serves all gauges of a scrape. */
    private volatile Map<String, Counts> byDestination = Map.of();
    private volatile long byDestinationReadAt;

    /**
     * Gauges per destination — {@code sop_outbox_pending}, {@code sop_outbox_failing}, {@code sop_outbox_parked},
     * {@code sop_outbox_blocked} and {@code sop_outbox_oldest_pending_seconds} — for every receiver this service sends
     * to (the services with a {@code quarkus.rest-client.<name>.url}, the other destinations), so each series exists
     * at 0 before anything waits, and for any other destination once one of its events is parked.
     */
    @PostConstruct
    void registerGauges() {
        for (String service : Roles.SERVICES) {
            if (config.getOptionalValue("quarkus.rest-client." + service + ".url", String.class).isPresent()) {
                watch(service);
            }
        }
        for (OutboxDestination destination : destinations) {
            watch(destination.name());
        }
    }

    /** Exports the gauges of a destination (once; the relay calls it when it parks an event for it). */
    public void watch(String destination) {
        if (watchedDestinations.add(destination)) {
            Tags tags = Tags.of("destination", destination);
            metrics.gauge("sop_outbox_pending", tags, this, m -> m.figure(destination, Counts::pending));
            metrics.gauge("sop_outbox_failing", tags, this, m -> m.figure(destination, Counts::failing));
            metrics.gauge("sop_outbox_parked", tags, this, m -> m.figure(destination, Counts::parked));
            metrics.gauge("sop_outbox_blocked", tags, this, m -> m.figure(destination, Counts::blocked));
            metrics.gauge("sop_outbox_oldest_pending_seconds", tags, this, m -> m.figure(destination,
                    c -> c.oldestPendingSince() == null ? 0
                            : Math.max(0, Duration.between(c.oldestPendingSince(), Instant.now()).toSeconds())));
        }
    }

    private double figure(String destination, ToLongFunction<Counts> figure) {
        try {
            if (System.nanoTime() - byDestinationReadAt > GAUGE_CACHE_NANOS) {
                byDestination = countsByDestination();
                byDestinationReadAt = System.nanoTime();
            }
            Counts counts = byDestination.get(destination);
            return counts == null ? 0 : figure.applyAsLong(counts);
        } catch (RuntimeException e) {
            return -1; // the database is unreachable; readiness says so
        }
    }

    private static final long GAUGE_CACHE_NANOS = Duration.ofSeconds(5).toNanos();

    private Map<String, Counts> countsByDestination() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT destination, " + FIGURES
                    + " FROM outbox_event o WHERE " + OPEN + " GROUP BY destination").getResultList();
            Map<String, Counts> counts = new HashMap<>();
            for (Object[] row : rows) {
                counts.put((String) row[0], counts(row, 1));
            }
            return counts;
        });
    }

    private static final String FIGURES = """
            count(*), count(*) FILTER (WHERE attempts > 0 AND parked_at IS NULL),
            count(*) FILTER (WHERE parked_at IS NOT NULL),
            count(*) FILTER (WHERE parked_at IS NULL AND EXISTS (
                SELECT 1 FROM outbox_event p WHERE p.aggregate_id = o.aggregate_id
                  AND p.destination = o.destination AND p.parked_at IS NOT NULL
                  AND p.delivered_at IS NULL AND p.skipped_at IS NULL AND p.created_at < o.created_at)),
            min(created_at)""";

    private static Counts counts(Object[] row, int from) {
        return new Counts(((Number) row[from]).longValue(), ((Number) row[from + 1]).longValue(),
                ((Number) row[from + 2]).longValue(), ((Number) row[from + 3]).longValue(), instant(row[from + 4]));
    }

    /**
     * Open events; those of them retried after a failure; those parked; those waiting behind a parked one; and the
     * age of the oldest open event.
     */
    public Counts counts() {
        return QuarkusTransaction.joiningExisting().call(() -> counts((Object[]) em.createNativeQuery(
                "SELECT " + FIGURES + " FROM outbox_event o WHERE " + OPEN).getSingleResult(), 0));
    }

    /**
     * Open events that are parked, wait behind a parked one, failed at least once or have waited longer than
     * {@code olderThan} (with {@code parkedOnly}: only the parked ones and those behind them), oldest first. The
     * payload stays out: it carries officers' data, and the case id is enough to follow up.
     */
    public StuckPage stuck(Duration olderThan, boolean parkedOnly, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            String from = "FROM (SELECT o.*, " + BLOCKED_BEHIND + " AS blocked_behind FROM outbox_event o WHERE "
                    + OPEN.replace("delivered_at", "o.delivered_at").replace("skipped_at", "o.skipped_at") + ") s ";
            String where = parkedOnly
                    ? "WHERE s.parked_at IS NOT NULL OR s.blocked_behind IS NOT NULL"
                    : "WHERE s.parked_at IS NOT NULL OR s.blocked_behind IS NOT NULL OR s.attempts > 0 OR s.created_at < ?1";
            Query count = em.createNativeQuery("SELECT count(*) " + from + where);
            Query list = em.createNativeQuery("SELECT " + COLUMNS + from + where + " ORDER BY s.created_at, s.id"
                    + " LIMIT " + size + " OFFSET " + (long) page * size);
            if (!parkedOnly) {
                Instant cutoff = Instant.now().minus(olderThan);
                count.setParameter(1, cutoff);
                list.setParameter(1, cutoff);
            }
            long total = ((Number) count.getSingleResult()).longValue();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = list.getResultList();
            return new StuckPage(rows.stream().map(OutboxMonitor::stuckEvent).toList(), total);
        });
    }

    private static final String COLUMNS = """
            s.id, s.type, s.destination, s.aggregate_id, s.created_at, s.attempts, s.next_attempt_at, s.last_error,
            s.parked_at, s.parked_reason, s.blocked_behind, s.delivered_at, s.skipped_at\s""";

    private static StuckEvent stuckEvent(Object[] row) {
        Instant parkedAt = instant(row[8]);
        UUID blockedBehind = (UUID) row[10];
        State state = row[11] != null ? State.DELIVERED : row[12] != null ? State.SKIPPED
                : parkedAt != null ? State.PARKED : blockedBehind != null ? State.BLOCKED
                : ((Number) row[5]).intValue() > 0 ? State.RETRYING : State.WAITING;
        return new StuckEvent((UUID) row[0], (String) row[1], (String) row[2], (UUID) row[3], state,
                instant(row[4]), ((Number) row[5]).intValue(), instant(row[6]), (String) row[7], parkedAt,
                (String) row[9], blockedBehind);
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

    public record Counts(long pending, long failing, long parked, long blocked, Instant oldestPendingSince) {
    }

    /**
     * Where an event stands: PARKED (the relay gave up; an operator retries or skips it), BLOCKED (waits behind a
     * parked event of its case), RETRYING (failed, tried again after a backoff), WAITING (not tried yet, or its turn
     * has not come), DELIVERED, SKIPPED (done without delivery).
     */
    @Schema(name = "OutboxEventState")
    public enum State {
        PARKED, BLOCKED, RETRYING, WAITING, DELIVERED, SKIPPED
    }

    /** An outbox event without its payload; {@code blockedBehind} is the parked event it waits for. */
    public record StuckEvent(UUID id, @Schema(maxLength = 60) String type, @Schema(maxLength = 40) String destination,
                             UUID caseId, State state, Instant createdAt, int attempts, Instant nextAttemptAt,
                             @Schema(maxLength = Limits.REASON) String lastError, Instant parkedAt,
                             @Schema(maxLength = Limits.REASON) String parkedReason, UUID blockedBehind) {
    }

    public record StuckPage(List<StuckEvent> events, long total) {
    }
}
