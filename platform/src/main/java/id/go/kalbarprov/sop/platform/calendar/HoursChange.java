package id.go.kalbarprov.sop.platform.calendar;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Office hours a regulation sets for a stretch of dates (for example during Ramadan, or a new regional regulation from
 * a date on): from {@code from} to {@code until} inclusive, or for good when {@code until} is null.
 */
public record HoursChange(LocalDate from, LocalDate until, WeeklyHours hours,
                          @Schema(maxLength = CalendarDay.REFERENCE) String reference) {

    public HoursChange {
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("office hours change ends before it starts: " + from + ".." + until);
        }
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
