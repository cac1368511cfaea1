package id.go.kalbarprov.sop.platform.calendar;

import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** A task's deadline in working time, and its urgency (null once it is done). */
    public record Deadline(Instant dueAt, TaskUrgency.Urgency urgency) {

        public boolean overdue() {
            return urgency == TaskUrgency.Urgency.OVERDUE;
        }
    }

    public Deadline of(MeasuredTask task) {
        WorkingCalendar calendar = workingTime.calendar();
        Instant dueAt = calendar.deadline(task.actionableAt, task.standardMinutes);
        return new Deadline(dueAt, task.doneAt != null ? null
                : urgency.of(clock.now(), dueAt, task.standardMinutes, calendar));
    }
}
