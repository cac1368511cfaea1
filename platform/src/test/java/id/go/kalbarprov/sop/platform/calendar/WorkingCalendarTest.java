package id.go.kalbarprov.sop.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static final ZoneId WIB = ZoneId.of("Asia/Pontianak");

    /** Perpres 21/2023 hours: Monday–Thursday 07:30–16:00 less 12:00–13:00, Friday 07:30–16:30 less 11:30–13:00. */
    static WeeklyHours officeHours() {
        Map<DayOfWeek, String> written = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            written.put(day, "07:30-12:00,13:00-16:00");
        }
        written.put(DayOfWeek.FRIDAY, "07:30-11:30,13:00-16:30");
        return WeeklyHours.parse(written);
    }

    /** 2026 as the joint decree set it in part: 17 August (Monday) a national holiday, 24 December cuti bersama. */
    static WorkingCalendar calendar2026(List<HoursChange> changes, List<CalendarDay> extra) {
        List<CalendarDay> days = new java.util.ArrayList<>(List.of(
                new CalendarDay(LocalDate.of(2026, 8, 17), DayKind.NATIONAL_HOLIDAY, null, "Proklamasi Kemerdekaan", "SKB"),
                new CalendarDay(LocalDate.of(2026, 12, 24), DayKind.CUTI_BERSAMA, null, "Cuti bersama Natal", "SKB"),
                new CalendarDay(LocalDate.of(2026, 12, 25), DayKind.NATIONAL_HOLIDAY, null, "Natal", "SKB")));
        days.addAll(extra);
        return new WorkingCalendar(new CalendarSnapshot("Asia/Pontianak", officeHours(), changes, days,
                List.of(new HolidayYear(2026, "SKB 1497/2025, 2/2025, 5/2025"))));
    }

    static WorkingCalendar calendar() {
        return calendar2026(List.of(), List.of());
    }

    static Instant wib(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant();
    }

    @Test
    void fridayAfternoonToMondayMorningCountsOnlyOfficeMinutes() {
        // Friday 4 December 2026 16:10 (closes 16:30) to Monday 7 December 07:40 (opens 07:30): 20 + 10 minutes.
        Instant friday = wib(2026, 12, 4, 16, 10);
        Instant monday = wib(2026, 12, 7, 7, 40);
        assertEquals(30, calendar().workingMinutesBetween(friday, monday));
        assertEquals(monday, calendar().deadline(friday, 30));
    }

    @Test
    void aNationalHolidayAndCutiBersamaCountNothing() {
        // Friday 14 August 16:00 → Tuesday 18 August 08:00: Monday 17 August is Independence Day.
        assertEquals(30 + 30, calendar().workingMinutesBetween(wib(2026, 8, 14, 16, 0), wib(2026, 8, 18, 8, 0)));
        // Wednesday 23 December 15:50 with 20 minutes: 24 (cuti bersama), 25 (Christmas), the weekend → Monday 28.
        assertEquals(wib(2026, 12, 28, 7, 40), calendar().deadline(wib(2026, 12, 23, 15, 50), 20));
        assertTrue(calendar().hoursOn(LocalDate.of(2026, 12, 24)).isEmpty());
    }

    @Test
    void breaksDoNotCount() {
        assertEquals(20, calendar().workingMinutesBetween(wib(2026, 12, 1, 11, 50), wib(2026, 12, 1, 13, 10)));
        // A task actionable during the break starts counting when the office reopens.
        assertEquals(wib(2026, 12, 1, 13, 5), calendar().deadline(wib(2026, 12, 1, 12, 15), 5));
    }

    @Test
    void aChangeOfOfficeHoursAppliesFromItsFirstDateOnly() {
        // From Monday 7 December the office opens at 08:00 (a new regulation, for good).
        Map<DayOfWeek, String> later = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            later.put(day, "08:00-12:00,13:00-15:00");
        }
        WorkingCalendar changed = calendar2026(List.of(new HoursChange(LocalDate.of(2026, 12, 7), null,
                WeeklyHours.parse(later), "Pergub")), List.of());
        Instant friday = wib(2026, 12, 4, 16, 10);
        assertEquals(20 + 10, changed.workingMinutesBetween(friday, wib(2026, 12, 7, 8, 10)));
        assertEquals(wib(2026, 12, 7, 8, 10), changed.deadline(friday, 30));
        assertEquals(0, changed.workingMinutesBetween(wib(2026, 12, 7, 15, 0), wib(2026, 12, 7, 16, 0)));
        assertEquals(60, calendar().workingMinutesBetween(wib(2026, 12, 3, 15, 0), wib(2026, 12, 3, 16, 0)));
    }

    @Test
    void aHalfDayAndAClosedOfficeAreDatedExceptions() {
        WorkingCalendar exceptions = calendar2026(List.of(), List.of(
                new CalendarDay(LocalDate.of(2026, 12, 2), DayKind.CHANGED_HOURS,
                        List.of(Span.parse("07:30-11:00")), "Half day", "SE Sekda"),
                new CalendarDay(LocalDate.of(2026, 12, 3), DayKind.OFFICE_CLOSED, null, "Flood", "SE Sekda")));
        assertEquals(Duration.ofMinutes(210), exceptions.workingTimeBetween(wib(2026, 12, 2, 0, 0), wib(2026, 12, 4, 0, 0)));
        assertEquals(wib(2026, 12, 4, 7, 40), exceptions.deadline(wib(2026, 12, 2, 10, 50), 20));
    }

    @Test
    void aYearWithoutItsDecreeIsFlagged() {
        assertTrue(calendar().hasHolidayCalendar(2026));
        assertFalse(calendar().hasHolidayCalendar(2027));
    }

    @Test
    void writtenHoursAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Span.parse("16:00-07:30"));
        assertThrows(IllegalArgumentException.class, () -> Span.parse("7.30 to 12"));
        assertThrows(IllegalArgumentException.class, () -> WeeklyHours.spans("07:30-12:00,11:00-13:00"));
        assertEquals("07:30-12:00", Span.parse(" 07:30 - 12:00 ").toString());
    }

    @Test
    void aCalendarWithoutOfficeHoursHasNoDeadline() {
        WorkingCalendar closed = new WorkingCalendar(new CalendarSnapshot("Asia/Pontianak",
                new WeeklyHours(Map.of()), List.of(), List.of(), List.of()));
        assertThrows(IllegalStateException.class, () -> closed.deadline(wib(2026, 12, 1, 8, 0), 5));
        assertEquals(0, closed.workingMinutesBetween(wib(2026, 12, 1, 8, 0), wib(2026, 12, 9, 8, 0)));
    }

    /** The deadline and the measure are one rule: the minutes to a deadline are the minutes asked for. */
    @Property(tries = 300)
    void theDeadlineIsWhereTheWorkingMinutesRunOut(@ForAll @LongRange(min = 0, max = 400L * 24 * 60) long offsetMinutes,
                                                  @ForAll @IntRange(min = 1, max = 3000) int minutes) {
        Instant start = wib(2026, 1, 1, 0, 0).plusSeconds(offsetMinutes * 60);
        Instant due = calendar().deadline(start, minutes);
        assertEquals(minutes, calendar().workingMinutesBetween(start, due));
        assertTrue(calendar().workingMinutesBetween(start, due.minusSeconds(60)) < minutes);
    }

    /** The intervals written for SQL hold exactly the minutes the calendar counts. */
    @Property(tries = 100)
    void intervalsHoldTheSameMinutes(@ForAll @LongRange(min = 0, max = 300L * 24 * 60) long offsetMinutes,
                                     @ForAll @LongRange(min = 0, max = 30L * 24 * 60) long lengthMinutes) {
        Instant from = wib(2026, 1, 1, 0, 0).plusSeconds(offsetMinutes * 60);
        Instant to = from.plusSeconds(lengthMinutes * 60);
        Duration summed = Duration.ZERO;
        for (WorkingCalendar.Interval open : calendar().intervals(LocalDate.of(2025, 12, 31), LocalDate.of(2027, 2, 1))) {
            summed = summed.plus(open.overlap(from, to));
        }
        assertEquals(calendar().workingTimeBetween(from, to), summed);
    }
}
