package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.calendar.CalendarDay;
import id.go.kalbarprov.sop.platform.calendar.WeeklyHours;
import id.go.kalbarprov.sop.platform.calendar.DayKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A dated exception set by the province: the office closed ({@code OFFICE_CLOSED}), or open only in {@code hours}
 * ({@code CHANGED_HOURS}, for example a half day). Holidays and cuti bersama come with their year's decree.
 */
public record PutCalendarDay(@NotNull DayKind kind,
                             @Size(max = WeeklyHours.SPANS) List<@NotNull @Pattern(regexp = HOURS) String> hours,
                             @NotBlank @Size(max = CalendarDay.NAME) String name,
                             @Size(max = CalendarDay.REFERENCE) String reference) {

    public static final String HOURS = "^\\d{2}:\\d{2}-\\d{2}:\\d{2}$";
}
