package id.go.kalbarprov.sop.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A date that differs from its weekday: closed, or open only in {@code hours} ({@link DayKind#CHANGED_HOURS}). */
public record CalendarDay(LocalDate date, DayKind kind, @Schema(maxItems = WeeklyHours.SPANS) List<Span> hours,
                          @Schema(maxLength = CalendarDay.NAME) String name,
                          @Schema(maxLength = CalendarDay.REFERENCE) String reference) {

    /** Characters of a day's name. */
    public static final int NAME = 200;
    /** Characters of the reference to the regulation or decree that sets a day, a year or a change of hours. */
    public static final int REFERENCE = 300;

    public CalendarDay {
        hours = kind == DayKind.CHANGED_HOURS ? WeeklyHours.ordered(date, hours == null ? List.of() : hours) : List.of();
    }
}
