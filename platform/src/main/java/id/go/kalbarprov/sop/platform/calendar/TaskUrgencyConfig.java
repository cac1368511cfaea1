package id.go.kalbarprov.sop.platform.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When an inbox flags a task as due soon, the same in every service ({@code sop.tasks}): less than
 * {@code due-soon-share} of its standard's working minutes remain, or less than {@code due-soon-minutes} working
 * minutes (0: no such floor).
 */
@ConfigMapping(prefix = "sop.tasks")
public interface TaskUrgencyConfig {

    @WithDefault("0.25")
    double dueSoonShare();

    @WithDefault("0")
    long dueSoonMinutes();
}
