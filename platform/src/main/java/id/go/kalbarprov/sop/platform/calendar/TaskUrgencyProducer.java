package id.go.kalbarprov.sop.platform.calendar;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The services' one {@link TaskUrgency} rule, as configured ({@link TaskUrgencyConfig}); a bad setting fails start. */
public class TaskUrgencyProducer {

    @Produces
    @Singleton
    TaskUrgency taskUrgency(TaskUrgencyConfig config) {
        return new TaskUrgency(config.dueSoonShare(), config.dueSoonMinutes());
    }
}
