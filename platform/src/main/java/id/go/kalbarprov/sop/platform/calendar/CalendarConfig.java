package id.go.kalbarprov.sop.platform.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working calendar's settings, under {@code sop.calendar}. The defaults are the office hours of a five-day week of
 * 37.5 hours (Perpres 21/2023): Monday to Thursday 07:30–16:00 with a break 12:00–13:00, Friday 07:30–16:30 with a
 * break 11:30–13:00 for Friday prayers. A regional regulation that sets other hours is entered here; a change for a
 * stretch of dates (Ramadan) and dated exceptions are data, kept by request-service.
 */
@ConfigMapping(prefix = "sop.calendar")
public interface CalendarConfig {

    /** West Kalimantan keeps Western Indonesian Time. */
    @WithDefault("Asia/Pontianak")
    String zone();

    OfficeHours officeHours();

    /**
     * The service whose calendar this one copies ({@code quarkus.rest-client.<name>.url}); empty for the owner,
     * request-service.
     */
    Optional<@Size(max = WorkingCalendarStore.SOURCE) String> copyFrom();

    /** How often a copy asks its owner for changes. */
    @WithDefault("5m")
    Duration refreshInterval();

    /** How often a replica re-reads the stored calendar (another replica may have changed it). */
    @WithDefault("60s")
    Duration reloadInterval();

    /** The first year whose open hours are written for reports; tasks before it count no working time. */
    @WithDefault("2020")
    int firstYear();

    /** How many years after the current one the open hours are written ahead. */
    @WithDefault("2")
    int yearsAhead();

    interface OfficeHours {
        @WithDefault("07:30-12:00,13:00-16:00")
        String monday();

        @WithDefault("07:30-12:00,13:00-16:00")
        String tuesday();

        @WithDefault("07:30-12:00,13:00-16:00")
        String wednesday();

        @WithDefault("07:30-12:00,13:00-16:00")
        String thursday();

        @WithDefault("07:30-11:30,13:00-16:30")
        String friday();

        /** Closed unless set. */
        Optional<String> saturday();

        /** Closed unless set. */
        Optional<String> sunday();

        default WeeklyHours weekly() {
            Map<DayOfWeek, String> written = new EnumMap<>(DayOfWeek.class);
            written.put(DayOfWeek.MONDAY, monday());
            written.put(DayOfWeek.TUESDAY, tuesday());
            written.put(DayOfWeek.WEDNESDAY, wednesday());
            written.put(DayOfWeek.THURSDAY, thursday());
            written.put(DayOfWeek.FRIDAY, friday());
            written.put(DayOfWeek.SATURDAY, saturday().orElse(""));
            written.put(DayOfWeek.SUNDAY, sunday().orElse(""));
            return WeeklyHours.parse(written);
        }
    }

    /** The calendar before any data: the configured hours, no exceptions, no holiday year. */
    default CalendarSnapshot configured() {
        return new CalendarSnapshot(zone(), officeHours().weekly(), List.of(), List.of(), List.of());
    }
}
