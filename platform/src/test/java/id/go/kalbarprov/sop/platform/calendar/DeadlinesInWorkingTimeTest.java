package id.go.kalbarprov.sop.platform.calendar;

import static id.go.kalbarprov.sop.platform.calendar.TaskUrgency.Urgency.DUE_SOON;
import static id.go.kalbarprov.sop.platform.calendar.TaskUrgency.Urgency.ON_TIME;
import static id.go.kalbarprov.sop.platform.calendar.TaskUrgency.Urgency.OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deadline rules on the real {@link WorkingCalendar}: a task's urgency and the close of a due date, with a fixed
 * "now" across a weekend, a national holiday and cuti bersama, and a change of office hours.
 */
class DeadlinesInWorkingTimeTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Pontianak");

    /** Perpres 21/2023 hours; 24 December 2026 cuti bersama, 25 December Christmas; Ramadan-like hours in March. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(new CalendarSnapshot("Asia/Pontianak",
            hours("07:30-12:00,13:00-16:00", "07:30-11:30,13:00-16:30"),
            List.of(new HoursChange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                    hours("08:00-15:00", "08:00-15:30"), "SE Ramadan")),
            List.of(new CalendarDay(LocalDate.of(2026, 12, 24), DayKind.CUTI_BERSAMA, null, "Cuti bersama Natal", "SKB"),
                    new CalendarDay(LocalDate.of(2026, 12, 25), DayKind.NATIONAL_HOLIDAY, null, "Natal", "SKB")),
            List.of(new HolidayYear(2026, "SKB 3 Menteri 2026"))));

    private static WeeklyHours hours(String mondayToThursday, String friday) {
        Map<DayOfWeek, String> written = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            written.put(day, mondayToThursday);
        }
        written.put(DayOfWeek.FRIDAY, friday);
        return WeeklyHours.parse(written);
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    private final TaskUrgency rule = TaskUrgency.byDefault();

    @Test
    void aTwentyMinuteStepStartedLateOnFridayIsDueSoonOverTheWeekendNotOverdue() {
        // actionable Friday 4 December 16:14, office closes 16:30: 16 minutes on Friday, 4 on Monday
        Instant actionable = wib("2026-12-04T16:14");
        Instant due = CALENDAR.deadline(actionable, 20);
        assertEquals(wib("2026-12-07T07:34"), due);
        // Saturday: by the wall clock the 20 minutes ran out on Friday at 16:34; in working time 4 remain
        assertEquals(DUE_SOON, rule.of(wib("2026-12-05T10:00"), due, 20, CALENDAR));
        assertEquals(ON_TIME, rule.of(wib("2026-12-04T16:20"), due, 20, CALENDAR));
        assertEquals(OVERDUE, rule.of(wib("2026-12-07T07:35"), due, 20, CALENDAR));
    }

    @Test
    void cutiBersamaAndAHolidayPushTheDeadlineAndLeaveTheTaskOnTime() {
        // a 110-minute step actionable Wednesday 23 December 15:00: 60 minutes that day, then 24 and 25 December are
        // closed, then the weekend: due Monday 28 December 08:20
        Instant due = CALENDAR.deadline(wib("2026-12-23T15:00"), 110);
        assertEquals(wib("2026-12-28T08:20"), due);
        // on Christmas Day 50 working minutes remain: not under a quarter (27.5) of 110
        assertEquals(ON_TIME, rule.of(wib("2026-12-25T09:00"), due, 110, CALENDAR));
        assertEquals(DUE_SOON, rule.of(wib("2026-12-28T08:00"), due, 110, CALENDAR));
    }

    @Test
    void aDueDateEndsAtTheCloseOfItsOfficeDayOrOfTheNextWorkingDay() {
        assertEquals(wib("2026-12-03T16:00"), DueDates.closeOfOfficeDay(CALENDAR, LocalDate.of(2026, 12, 3)));
        assertEquals(wib("2026-12-04T16:30"), DueDates.closeOfOfficeDay(CALENDAR, LocalDate.of(2026, 12, 4)));
        // a Saturday runs to Monday's close; cuti bersama and Christmas (Thursday, Friday) to Monday's too
        assertEquals(wib("2026-12-07T16:00"), DueDates.closeOfOfficeDay(CALENDAR, LocalDate.of(2026, 12, 5)));
        assertEquals(wib("2026-12-28T16:00"), DueDates.closeOfOfficeDay(CALENDAR, LocalDate.of(2026, 12, 24)));
        // during the changed hours the office closes earlier
        assertEquals(wib("2027-03-02T15:00"), DueDates.closeOfOfficeDay(CALENDAR, LocalDate.of(2027, 3, 2)));
        assertEquals(wib("2027-03-05T15:30"), DueDates.closeOfOfficeDay(CALENDAR, LocalDate.of(2027, 3, 5)));
    }

    @Test
    void aChangeOfOfficeHoursShortensTheTimeLeft() {
        // Tuesday 2 March 2027 14:40, the office closing at 15:00 and opening at 08:00 in the changed hours: 20 minutes
        // that day and 10 on Wednesday before a deadline of 08:10, under a quarter of 180; under the usual hours 80
        // and 40 would be left
        Instant due = wib("2027-03-03T08:10");
        assertEquals(30, CALENDAR.workingMinutesBetween(wib("2027-03-02T14:40"), due));
        assertEquals(DUE_SOON, rule.of(wib("2027-03-02T14:40"), due, 180, CALENDAR));
        assertEquals(ON_TIME, rule.of(wib("2027-02-23T14:40"), wib("2027-02-24T07:40"), 180, CALENDAR));
    }
}
