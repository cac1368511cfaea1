package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.domain.CaseState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * {@code sop_cases{state}}: how many cases are in each state, counted from the database every refresh (so every replica
 * reports the same figures; take the max across replicas, not the sum).
 */
@ApplicationScoped
public class CaseStateMetrics {

    private static final Logger LOG = Logger.getLogger(CaseStateMetrics.class);

    @Inject
    EntityManager em;

    private final Map<CaseState, AtomicLong> counts = new EnumMap<>(CaseState.class);

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        for (CaseState state : CaseState.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(state, count);
            Gauge.builder("sop_cases", count, AtomicLong::get).description("Cases by state")
                    .tag("state", state.name()).register(registry);
        }
        refresh();
    }

    @Scheduled(every = "${sop.metrics.refresh-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT state, count(*) FROM correction_case GROUP BY state").getResultList());
            counts.values().forEach(count -> count.set(0));
            for (Object[] row : rows) {
                counts.get(CaseState.valueOf((String) row[0])).set(((Number) row[1]).longValue());
            }
        } catch (RuntimeException e) {
            LOG.debugf("Case counts not refreshed: %s", e.getMessage());
        }
    }
}
