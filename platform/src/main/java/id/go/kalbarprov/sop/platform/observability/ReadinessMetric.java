package id.go.kalbarprov.sop.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code sop_ready}: 1 while this replica's readiness checks pass, 0 otherwise — what Kubernetes' probe sees, for the
 * alert that a replica stays unready (the probe itself leaves no history).
 */
@ApplicationScoped
public class ReadinessMetric {

    @Inject
    SmallRyeHealthReporter health;

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("sop_ready", this, ReadinessMetric::ready)
                .description("1 while the readiness checks of this replica pass").register(registry);
    }

    double ready() {
        try {
            return health.getReadiness().isDown() ? 0 : 1;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
