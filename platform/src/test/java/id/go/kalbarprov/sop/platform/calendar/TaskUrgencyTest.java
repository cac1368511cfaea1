package id.go.kalbarprov.sop.platform.calendar;

import static id.go.kalbarprov.sop.platform.calendar.TaskUrgency.Urgency.DUE_SOON;
import static id.go.kalbarprov.sop.platform.calendar.TaskUrgency.Urgency.ON_TIME;
import static id.go.kalbarprov.sop.platform.calendar.TaskUrgency.Urgency.OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskUrgencyTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Pontianak");
    /** Christmas Day 2026, a Friday: closed. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25));

    /** Office hours 07:30–16:00, Friday to 16:30, closed on weekends and holidays: counted minute by minute. */
    private static final TaskUrgency.WorkingMinutes OFFICE = (from, to) -> {
        long minutes = 0;
        for (Instant t = from.truncatedTo(ChronoUnit.MINUTES); t.isBefore(to); t = t.plusSeconds(60)) {
            ZonedDateTime local = t.atZone(WIB);
            DayOfWeek day = local.getDayOfWeek();
            LocalTime closes = day == DayOfWeek.FRIDAY ? LocalTime.of(16, 30) : LocalTime.of(16, 0);
            boolean open = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(local.toLocalDate())
                    && !local.toLocalTime().isBefore(LocalTime.of(7, 30)) && local.toLocalTime().isBefore(closes);
            minutes += open ? 1 : 0;
        }
        return minutes;
    };

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    private final TaskUrgency rule = TaskUrgency.byDefault();

    @Test
    void aTaskWithMostOfItsStandardLeftIsOnTime() {
        // 20-minute standard, due Tuesday 10:20, now 10:05: 15 working minutes left, more than a quarter
        assertEquals(ON_TIME, rule.of(wib("2026-12-01T10:05"), wib("2026-12-01T10:20"), 20, OFFICE));
    }

    @Test
    void lessThanAQuarterOfTheStandardLeftIsDueSoon() {
        assertEquals(DUE_SOON, rule.of(wib("2026-12-01T10:16"), wib("2026-12-01T10:20"), 20, OFFICE));
        // exactly a quarter left is still on time
        assertEquals(ON_TIME, rule.of(wib("2026-12-01T10:15"), wib("2026-12-01T10:20"), 20, OFFICE));
    }

    @Test
    void pastItsWorkingTimeDeadlineATaskIsOverdue() {
        assertEquals(OVERDUE, rule.of(wib("2026-12-01T10:21"), wib("2026-12-01T10:20"), 20, OFFICE));
        assertEquals(DUE_SOON, rule.of(wib("2026-12-01T10:20"), wib("2026-12-01T10:20"), 20, OFFICE));
    }

    @Test
    void overTheWeekendOnlyWorkingMinutesRemain() {
        // A 110-minute task due Monday 08:10: on Saturday 40 working minutes remain (not less than a quarter, 27.5)
        Instant due = wib("2026-12-07T08:10");
        assertEquals(ON_TIME, rule.of(wib("2026-12-05T11:00"), due, 110, OFFICE));
        // due Monday 07:50: 20 working minutes left on Sunday evening, under a quarter of 110
        assertEquals(DUE_SOON, rule.of(wib("2026-12-06T20:00"), wib("2026-12-07T07:50"), 110, OFFICE));
        // the same 20 wall-clock hours measured on a weekday would leave a whole day
        assertEquals(ON_TIME, rule.of(wib("2026-12-02T11:50"), wib("2026-12-03T07:50"), 110, OFFICE));
    }

    @Test
    void aHolidayDoesNotCountAsTimeLeft() {
        // Due Monday 28 December 07:45; on Thursday 24 December at 15:40: 20 minutes to the close, Christmas Friday
        // closed, the weekend closed, 15 minutes on Monday: 35 working minutes, under a quarter of 180.
        Instant due = wib("2026-12-28T07:45");
        assertEquals(35, OFFICE.between(wib("2026-12-24T15:40"), due));
        assertEquals(DUE_SOON, rule.of(wib("2026-12-24T15:40"), due, 180, OFFICE));
        // without the holiday (a Friday like any other) 35 + 540 minutes would remain: on time
        assertEquals(ON_TIME, rule.of(wib("2026-12-17T15:40"), wib("2026-12-21T07:45"), 180, OFFICE));
        // Saturday after the deadline passed on Monday: overdue, whatever the calendar
        assertEquals(OVERDUE, rule.of(wib("2027-01-02T09:00"), due, 180, OFFICE));
    }

    @Test
    void aFloorOfWorkingMinutesFlagsShortTasksInTime() {
        TaskUrgency floor = new TaskUrgency(0.25, 30);
        // a 5-minute task with 4 minutes left: a quarter is 1.25 minutes, but the floor is 30
        assertEquals(ON_TIME, rule.of(wib("2026-12-01T10:01"), wib("2026-12-01T10:05"), 5, OFFICE));
        assertEquals(DUE_SOON, floor.of(wib("2026-12-01T10:01"), wib("2026-12-01T10:05"), 5, OFFICE));
        // across the night: 29 working minutes left on Tuesday 20:00 for Wednesday 07:59
        assertEquals(DUE_SOON, floor.of(wib("2026-12-01T20:00"), wib("2026-12-02T07:59"), 5, OFFICE));
        assertEquals(ON_TIME, floor.of(wib("2026-12-01T20:00"), wib("2026-12-02T08:00"), 5, OFFICE));
    }

    @Test
    void aShareOutsideZeroToOneOrNegativeMinutesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TaskUrgency(1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new TaskUrgency(-0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TaskUrgency(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new TaskUrgency(0.25, -1));
    }
}
