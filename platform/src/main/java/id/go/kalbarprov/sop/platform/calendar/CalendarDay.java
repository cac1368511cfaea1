package id.go.kalbarprov.sop.platform.calendar;

import java.time.LocalDate;
import java.util.List;

/** A date that differs from its weekday: closed, or open only in {@code hours} ({@link DayKind#CHANGED_HOURS}). */
public record CalendarDay(LocalDate date, DayKind kind, List<Span> hours, String name, String reference) {

    public CalendarDay {
        hours = kind == DayKind.CHANGED_HOURS ? WeeklyHours.ordered(date, hours == null ? List.of() : hours) : List.of();
    }
}
