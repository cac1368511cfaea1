package id.go.kalbarprov.sop.platform.observability;

import id.go.kalbarprov.sop.platform.calendar.WorkingTime;
import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import id.go.kalbarprov.sop.platform.transaction.AfterCompletion;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SOP's steps as operators watch them in Prometheus: each done step's working minutes
 * ({@code sop_step_duration_minutes}, a histogram per step), its standard time ({@code sop_step_standard_minutes}) and
 * the steps done later than it ({@code sop_step_breaches_total}). Counted once the transaction that completed the step
 * commits, in the service whose officer did it.
 */
@ApplicationScoped
public class StepMetrics {

    /** Bucket bounds in working minutes: around the SOP's standards (10 minutes to 3 hours) and well past them. */
    static final double[] BUCKETS = {5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 480, 960, 2400};

    @Inject
    MeterRegistry registry;

    @Inject
    WorkingTime workingTime;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<Integer, AtomicInteger> standards = new ConcurrentHashMap<>();

    /** {@code task} of SOP step {@code step} is done (its {@code doneAt} set) in the current transaction. */
    public void completed(int step, MeasuredTask task) {
        TraceTags.step(step);
        long minutes = workingTime.workingMinutesOf(task);
        int standard = task.standardMinutes;
        AfterCompletion.onCommit(transactions, () -> record(step, minutes, standard));
    }

    void record(int step, long workingMinutes, int standardMinutes) {
        String tag = Integer.toString(step);
        DistributionSummary.builder("sop_step_duration_minutes").description("Working minutes a done SOP step took")
                .baseUnit("minutes").tag("step", tag).serviceLevelObjectives(BUCKETS).register(registry)
                .record(workingMinutes);
        Counter breaches = Counter.builder("sop_step_breaches_total")
                .description("SOP steps done later than their standard time").tag("step", tag).register(registry);
        if (workingMinutes > standardMinutes) {
            breaches.increment();
        }
        standards.computeIfAbsent(step, s -> registry.gauge("sop_step_standard_minutes", List.of(Tag.of("step", tag)),
                new AtomicInteger())).set(standardMinutes);
    }
}
