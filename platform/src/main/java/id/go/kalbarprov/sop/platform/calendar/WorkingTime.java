package id.go.kalbarprov.sop.platform.calendar;

import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The calendar in force in this service: request-service's own, or the copy review- and archive-service keep of it
 * (the configured hours alone until one is stored). Swapped whole when the stored calendar changes.
 */
@ApplicationScoped
public class WorkingTime {

    @Inject
    CalendarConfig config;

    private volatile WorkingCalendar current;

    @PostConstruct
    void start() {
        current = new WorkingCalendar(config.configured());
    }

    public WorkingCalendar calendar() {
        return current;
    }

    void use(WorkingCalendar calendar) {
        current = calendar;
    }

    /** When the task's standard time runs out, counted in working time from when it became actionable. */
    public Instant deadlineOf(MeasuredTask task) {
        return current.deadline(task.actionableAt, task.standardMinutes);
    }

    /** The working minutes a done task took. */
    public long workingMinutesOf(MeasuredTask task) {
        return current.workingMinutesBetween(task.actionableAt, task.doneAt);
    }
}
