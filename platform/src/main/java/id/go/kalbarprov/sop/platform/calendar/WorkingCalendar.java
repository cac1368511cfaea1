package id.go.kalbarprov.sop.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working time by the office's calendar: only the minutes the office is open count. A date's hours are its dated
 * exception if it has one (closed, or changed hours), else the office-hours change covering it, else the weekday's
 * default hours. This is the one clock rule of all three services; {@link #intervals} writes the same open hours as
 * rows so that a report can sum them in one SQL query.
 */
public final class WorkingCalendar {

    /** A deadline further than this has no working time to run in: the calendar is closed for good. */
    static final int MAX_DAYS_SEARCHED = 3 * 366;

    private final CalendarSnapshot snapshot;
    private final ZoneId zone;
    private final Map<LocalDate, CalendarDay> days = new HashMap<>();
    private final Set<Integer> holidayYears = new HashSet<>();

    public WorkingCalendar(CalendarSnapshot snapshot) {
        this.snapshot = snapshot;
        this.zone = ZoneId.of(snapshot.zone());
        snapshot.days().forEach(day -> days.put(day.date(), day));
        snapshot.holidayYears().forEach(year -> holidayYears.add(year.year()));
    }

    public CalendarSnapshot snapshot() {
        return snapshot;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The office hours of {@code date}; empty when the office is closed. */
    public List<Span> hoursOn(LocalDate date) {
        CalendarDay exception = days.get(date);
        if (exception != null) {
            return exception.kind().closed ? List.of() : exception.hours();
        }
        for (int i = snapshot.hoursChanges().size() - 1; i >= 0; i--) {
            HoursChange change = snapshot.hoursChanges().get(i);
            if (change.covers(date)) {
                return change.hours().on(date.getDayOfWeek());
            }
        }
        return snapshot.officeHours().on(date.getDayOfWeek());
    }

    /** The dated exception of {@code date}, if it has one. */
    public CalendarDay exceptionOn(LocalDate date) {
        return days.get(date);
    }

    /** Whether the national holidays and cuti bersama of {@code year} are entered; without them only weekends count. */
    public boolean hasHolidayCalendar(int year) {
        return holidayYears.contains(year);
    }

    /** The open hours of the dates from {@code from} up to {@code until} (exclusive) as instants, in order. */
    public List<Interval> intervals(LocalDate from, LocalDate until) {
        List<Interval> open = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(until); date = date.plusDays(1)) {
            for (Span span : hoursOn(date)) {
                open.add(new Interval(at(date, span.opens()), at(date, span.closes())));
            }
        }
        return open;
    }

    /** The office's open time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (Interval open : intervals(from.atZone(zone).toLocalDate(), last.plusDays(1))) {
            total = total.plus(open.overlap(from, to));
        }
        return total;
    }

    /** Whole working minutes between two instants (a started minute does not count). */
    public long workingMinutesBetween(Instant from, Instant to) {
        return workingTimeBetween(from, to).toMinutes();
    }

    /**
     * The instant at which {@code workingMinutes} of office time have passed since {@code start}: a task actionable at
     * 16:10 on a Friday with 30 minutes, the office closing at 16:30 and opening at 07:30 on Monday, is due at 07:40
     * on Monday. Zero minutes is due at once.
     */
    public Instant deadline(Instant start, long workingMinutes) {
        if (workingMinutes <= 0) {
            return start;
        }
        Duration left = Duration.ofMinutes(workingMinutes);
        LocalDate date = start.atZone(zone).toLocalDate();
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, date = date.plusDays(1)) {
            for (Span span : hoursOn(date)) {
                Instant opens = at(date, span.opens());
                Instant closes = at(date, span.closes());
                Instant from = opens.isAfter(start) ? opens : start;
                if (!closes.isAfter(from)) {
                    continue;
                }
                Duration available = Duration.between(from, closes);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("the calendar has no office hours in the " + MAX_DAYS_SEARCHED
                + " days after " + start);
    }

    private Instant at(LocalDate date, java.time.LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** A stretch of open office time, {@code end} exclusive. */
    public record Interval(Instant start, Instant end) {

        Duration overlap(Instant from, Instant to) {
            Instant a = start.isAfter(from) ? start : from;
            Instant b = end.isBefore(to) ? end : to;
            return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
        }
    }
}
