package id.go.kalbarprov.sop.platform.calendar;

import java.util.Comparator;
import java.util.List;

/**
 * The working calendar as data, as request-service (which owns it) publishes it and review- and archive-service keep
 * their copy of it: the time zone, the default weekly office hours, changes of hours over stretches of dates, dated
 * exceptions (holidays, cuti bersama, closures, changed hours) and the years whose holidays are entered.
 */
public record CalendarSnapshot(String zone, WeeklyHours officeHours, List<HoursChange> hoursChanges,
                               List<CalendarDay> days, List<HolidayYear> holidayYears) {

    public CalendarSnapshot {
        hoursChanges = hoursChanges == null ? List.of()
                : hoursChanges.stream().sorted(Comparator.comparing(HoursChange::from)).toList();
        days = days == null ? List.of() : days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
        holidayYears = holidayYears == null ? List.of()
                : holidayYears.stream().sorted(Comparator.comparingInt(HolidayYear::year)).toList();
    }
}
