package id.go.kalbarprov.sop.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Outbox figures in the readiness details. Undelivered events do not make this replica unready: they wait for
 * another service, and taking this one out of rotation would not bring them closer. Nor do parked events: they wait
 * for an operator (retry or skip, see {@code sop_outbox_parked}), and restarting or removing this replica changes
 * nothing about them — it would only take the service's other work down with them.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try {
            OutboxMonitor.Counts counts = monitor.counts();
            response.up().withData("pending", counts.pending()).withData("failing", counts.failing())
                    .withData("parked", counts.parked()).withData("blockedBehindParked", counts.blocked());
            if (counts.oldestPendingSince() != null) {
                response.withData("oldestPendingSince", counts.oldestPendingSince().toString());
            }
        } catch (RuntimeException e) {
            response.down().withData("error", "outbox not readable");
        }
        return response.build();
    }
}
