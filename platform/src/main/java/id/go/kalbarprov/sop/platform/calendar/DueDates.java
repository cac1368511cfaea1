package id.go.kalbarprov.sop.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A due date given as a date (the case's due date for the units' replies) ends at the close of that office day, in
 * the calendar's zone (WIB); a due date on which the office is closed (a weekend, a holiday, cuti bersama) runs to the
 * close of the next working day.
 */
public final class DueDates {

    private DueDates() {
    }

    /** The instant the due date {@code date} ends by {@code calendar}. */
    public static Instant closeOfOfficeDay(WorkingCalendar calendar, LocalDate date) {
        LocalDate day = date;
        for (int searched = 0; searched < WorkingCalendar.MAX_DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
            List<Span> hours = calendar.hoursOn(day);
            if (!hours.isEmpty()) {
                Span last = hours.get(hours.size() - 1);
                return ZonedDateTime.of(day, last.closes(), calendar.zone()).toInstant();
            }
        }
        throw new IllegalStateException("the calendar has no office hours in the " + WorkingCalendar.MAX_DAYS_SEARCHED
                + " days from " + date);
    }
}
