package id.go.kalbarprov.sop.platform.calendar;

import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What an inbox row shows of a task's time in every service: its working-time deadline ({@link WorkingTime}) and, while
 * it is open, its urgency now ({@link TaskUrgency}, {@link OfficeClock}).
 */
@ApplicationScoped
public class TaskDeadlines {

    @Inject
    WorkingTime workingTime;

    @Inject
    OfficeClock clock;

    @Inject
    TaskUrgency urgency;

    /**
     * A task's deadline in working time, its urgency (null once it is done), and once done the working minutes it
     * took (one decimal, the reports' measure).
     */
    public record Deadline(Instant dueAt, TaskUrgency.Urgency urgency, BigDecimal workingMinutes) {

        public boolean overdue() {
            return urgency == TaskUrgency.Urgency.OVERDUE;
        }
    }

    public Deadline of(MeasuredTask task) {
        WorkingCalendar calendar = workingTime.calendar();
        Instant dueAt = calendar.deadline(task.actionableAt, task.standardMinutes);
        if (task.doneAt != null) {
            long seconds = calendar.workingTimeBetween(task.actionableAt, task.doneAt).toSeconds();
            return new Deadline(dueAt, null,
                    BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
        }
        return new Deadline(dueAt, urgency.of(clock.now(), dueAt, task.standardMinutes, calendar), null);
    }
}
