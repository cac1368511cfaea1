package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.calendar.CalendarDay;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Office hours a regulation sets from a date (the path) until {@code until} inclusive, or for good: each weekday's
 * hours written {@code 07:30-12:00,13:00-16:00}, a weekday left out or blank is closed.
 */
public record PutHoursChange(LocalDate until,
                             @NotNull @Size(min = 1, max = 7)
                             Map<@NotNull DayOfWeek, @NotNull @Pattern(regexp = WEEKDAY_HOURS) String> hours,
                             @NotBlank @Size(max = CalendarDay.REFERENCE) String reference) {

    public static final String WEEKDAY_HOURS = "^(\\d{2}:\\d{2}-\\d{2}:\\d{2}(,\\d{2}:\\d{2}-\\d{2}:\\d{2}){0,3})?$";
}
