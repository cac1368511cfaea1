package id.go.kalbarprov.sop.platform.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class StepMetricsTest {

    @Test
    void aStepDoneLaterThanItsStandardIsABreachAndEveryDoneStepIsMeasured() {
        StepMetrics metrics = new StepMetrics();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        metrics.registry = registry;

        metrics.record(5, 30, 20);
        metrics.record(5, 20, 20);
        metrics.record(6, 10, 10);

        assertEquals(2, registry.get("sop_step_duration_minutes").tag("step", "5").summary().count());
        assertEquals(50, registry.get("sop_step_duration_minutes").tag("step", "5").summary().totalAmount());
        assertEquals(1, registry.get("sop_step_breaches_total").tag("step", "5").counter().count(),
                "30 working minutes against 20 is late; exactly 20 is on time");
        assertEquals(0, registry.get("sop_step_breaches_total").tag("step", "6").counter().count());
        assertEquals(20, registry.get("sop_step_standard_minutes").tag("step", "5").gauge().value());
    }
}
