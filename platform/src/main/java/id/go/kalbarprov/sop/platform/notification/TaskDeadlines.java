package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** When a task's standard time runs out, and what time it is now: the two times the notification rules read. */
@ApplicationScoped
public class TaskDeadlines {

    /** The task's deadline. */
    public Instant deadlineOf(MeasuredTask task) {
        return task.dueAt();
    }

    public Instant now() {
        return Instant.now();
    }
}
