package id.go.kalbarprov.sop.platform.calendar;

import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The working calendar as data, as request-service (which owns it) publishes it and review- and archive-service keep
 * their copy of it: the time zone, the default weekly office hours, changes of hours over stretches of dates, dated
 * exceptions (holidays, cuti bersama, closures, changed hours) and the years whose holidays are entered.
 */
public record CalendarSnapshot(@Schema(maxLength = CalendarSnapshot.ZONE) String zone, WeeklyHours officeHours,
                               @Schema(maxItems = CalendarSnapshot.DATES) List<HoursChange> hoursChanges,
                               @Schema(maxItems = CalendarSnapshot.DATES) List<CalendarDay> days,
                               @Schema(maxItems = CalendarSnapshot.YEARS) List<HolidayYear> holidayYears) {

    /** The years the calendar holds dates of. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
    /** The dates of those years: at most one dated exception, or one change of hours, from each. */
    public static final int DATES = YEARS * 366;
    /** Characters of a time zone's id (the tz database's longest has 32). */
    public static final int ZONE = 64;

    public CalendarSnapshot {
        hoursChanges = hoursChanges == null ? List.of()
                : hoursChanges.stream().sorted(Comparator.comparing(HoursChange::from)).toList();
        days = days == null ? List.of() : days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
        holidayYears = holidayYears == null ? List.of()
                : holidayYears.stream().sorted(Comparator.comparingInt(HolidayYear::year)).toList();
    }
}
