package id.go.kalbarprov.sop.request.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.calendar.CalendarConfig;
import id.go.kalbarprov.sop.platform.calendar.CalendarDay;
import id.go.kalbarprov.sop.platform.calendar.CalendarSnapshot;
import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.calendar.DayKind;
import id.go.kalbarprov.sop.platform.calendar.HolidayYear;
import id.go.kalbarprov.sop.platform.calendar.HoursChange;
import id.go.kalbarprov.sop.platform.calendar.OfficeClock;
import id.go.kalbarprov.sop.platform.calendar.WeeklyHours;
import id.go.kalbarprov.sop.platform.calendar.WorkingCalendarStore;
import id.go.kalbarprov.sop.platform.calendar.WorkingTime;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.request.service.command.PutCalendarDay;
import id.go.kalbarprov.sop.request.service.command.PutHolidayYear;
import id.go.kalbarprov.sop.request.service.command.PutHoursChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working calendar's data, kept by the admin: each change is stored and published at once (the calendar in force
 * here, and what review- and archive-service copy), in the transaction that made it.
 */
@ApplicationScoped
public class WorkingCalendarBook {

    @Inject
    EntityManager em;

    @Inject
    CalendarConfig config;

    @Inject
    WorkingCalendarStore store;

    @Inject
    WorkingTime workingTime;

    @Inject
    OfficeClock clock;

    @Inject
    ObjectMapper json;

    /** The configured hours may have changed since the last start: publish what the data and configuration say. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::publish);
    }

    /** The calendar in force, with the years around now that have no decree entered yet. */
    public CalendarView view() {
        int year = LocalDate.ofInstant(clock.now(), workingTime.calendar().zone()).getYear();
        List<Integer> missing = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            if (!workingTime.calendar().hasHolidayCalendar(y)) {
                missing.add(y);
            }
        }
        return new CalendarView(workingTime.calendar().snapshot(), store.fingerprint(), missing);
    }

    @Transactional
    public CalendarView putYear(int year, String ifMatch, PutHolidayYear command, Caller admin) {
        expectCurrent(ifMatch);
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < command.days().size(); i++) {
            PutHolidayYear.DecreeDay day = command.days().get(i);
            if (day.date().getYear() != year) {
                throw ProblemException.invalid("days[" + i + "].date", "calendar-date-outside-year", year);
            }
            if (!day.kind().fromDecree()) {
                throw ProblemException.invalid("days[" + i + "].kind", "calendar-kind-not-from-decree");
            }
            if (!seen.add(day.date())) {
                throw ProblemException.invalid("days[" + i + "].date", "calendar-date-twice");
            }
        }
        Instant now = clock.now();
        em.createNativeQuery("DELETE FROM calendar_day WHERE kind IN ('NATIONAL_HOLIDAY', 'CUTI_BERSAMA') "
                + "AND day >= ?1 AND day < ?2").setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(2, Date.valueOf(LocalDate.of(year + 1, 1, 1))).executeUpdate();
        for (PutHolidayYear.DecreeDay day : command.days()) {
            em.createNativeQuery("""
                            INSERT INTO calendar_day (day, kind, hours, name, reference, changed_by, changed_at)
                            VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6)
                            ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, hours = NULL, name = excluded.name,
                                reference = excluded.reference, changed_by = excluded.changed_by,
                                changed_at = excluded.changed_at""")
                    .setParameter(1, Date.valueOf(day.date())).setParameter(2, day.kind().name())
                    .setParameter(3, day.name()).setParameter(4, command.reference())
                    .setParameter(5, admin.upn()).setParameter(6, now).executeUpdate();
        }
        em.createNativeQuery("""
                        INSERT INTO calendar_holiday_year (year, reference, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (year) DO UPDATE SET reference = excluded.reference,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .setParameter(1, year).setParameter(2, command.reference()).setParameter(3, admin.upn())
                .setParameter(4, now).executeUpdate();
        return publish();
    }

    @Transactional
    public CalendarView putDay(LocalDate date, String ifMatch, PutCalendarDay command, Caller admin) {
        expectCurrent(ifMatch);
        if (command.kind().fromDecree()) {
            throw ProblemException.invalid("kind", "calendar-kind-from-decree");
        }
        boolean changedHours = command.kind() == DayKind.CHANGED_HOURS;
        List<String> hours = command.hours() == null ? List.of() : command.hours();
        if (changedHours == hours.isEmpty()) {
            throw ProblemException.invalid("hours", "calendar-hours-for-changed-hours");
        }
        String written = changedHours ? String.join(",", hours) : null;
        checkHours("hours", written);
        em.createNativeQuery("""
                        INSERT INTO calendar_day (day, kind, hours, name, reference, changed_by, changed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, hours = excluded.hours,
                            name = excluded.name, reference = excluded.reference, changed_by = excluded.changed_by,
                            changed_at = excluded.changed_at""")
                .setParameter(1, Date.valueOf(date)).setParameter(2, command.kind().name()).setParameter(3, written)
                .setParameter(4, command.name()).setParameter(5, command.reference()).setParameter(6, admin.upn())
                .setParameter(7, clock.now()).executeUpdate();
        return publish();
    }

    /** Removes a dated exception; false when the date had none. */
    @Transactional
    public boolean deleteDay(LocalDate date, String ifMatch) {
        expectCurrent(ifMatch);
        boolean removed = em.createNativeQuery("DELETE FROM calendar_day WHERE day = ?1")
                .setParameter(1, Date.valueOf(date)).executeUpdate() > 0;
        publish();
        return removed;
    }

    @Transactional
    public CalendarView putHoursChange(LocalDate from, String ifMatch, PutHoursChange command, Caller admin) {
        expectCurrent(ifMatch);
        if (command.until() != null && command.until().isBefore(from)) {
            throw ProblemException.invalid("until", "calendar-until-before-from");
        }
        Map<DayOfWeek, String> hours = new EnumMap<>(command.hours());
        hours.forEach((day, text) -> checkHours("hours." + day, text));
        em.createNativeQuery("""
                        INSERT INTO calendar_hours_change (valid_from, valid_until, hours, reference, changed_by, changed_at)
                        VALUES (?1, ?2, cast(?3 AS jsonb), ?4, ?5, ?6)
                        ON CONFLICT (valid_from) DO UPDATE SET valid_until = excluded.valid_until,
                            hours = excluded.hours, reference = excluded.reference, changed_by = excluded.changed_by,
                            changed_at = excluded.changed_at""")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, command.until() == null ? null : Date.valueOf(command.until()))
                .setParameter(3, write(hours)).setParameter(4, command.reference()).setParameter(5, admin.upn())
                .setParameter(6, clock.now()).executeUpdate();
        return publish();
    }

    @Transactional
    public boolean deleteHoursChange(LocalDate from, String ifMatch) {
        expectCurrent(ifMatch);
        boolean removed = em.createNativeQuery("DELETE FROM calendar_hours_change WHERE valid_from = ?1")
                .setParameter(1, Date.valueOf(from)).executeUpdate() > 0;
        publish();
        return removed;
    }

    /**
     * A change is made to the calendar its author saw: {@code If-Match} with the fingerprint (the ETag of
     * {@code GET /api/v1/calendar}); 428 without it, 412 when the calendar changed meanwhile. Changes are serialised.
     */
    private void expectCurrent(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(CommonProblem.PRECONDITION_REQUIRED, "calendar-if-match");
        }
        em.createNativeQuery("LOCK TABLE calendar_day IN EXCLUSIVE MODE").executeUpdate();
        String current = store.inForce().fingerprint();
        String seen = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!seen.equals(current)) {
            throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "calendar-changed");
        }
    }

    CalendarView publish() {
        store.store(snapshot(), "request-service");
        return view();
    }

    /** The calendar as the data and the configuration say. */
    CalendarSnapshot snapshot() {
        @SuppressWarnings("unchecked")
        List<Object[]> days = em.createNativeQuery("SELECT day, kind, hours, name, reference FROM calendar_day ORDER BY day")
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery(
                "SELECT valid_from, valid_until, cast(hours AS text), reference FROM calendar_hours_change ORDER BY valid_from")
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> years = em.createNativeQuery("SELECT year, reference FROM calendar_holiday_year ORDER BY year")
                .getResultList();
        return new CalendarSnapshot(config.zone(), config.officeHours().weekly(),
                changes.stream().map(r -> new HoursChange(date(r[0]), r[1] == null ? null : date(r[1]),
                        WeeklyHours.parse(read((String) r[2])), (String) r[3])).toList(),
                days.stream().map(r -> new CalendarDay(date(r[0]), DayKind.valueOf((String) r[1]),
                        WeeklyHours.spans((String) r[2]), (String) r[3], (String) r[4])).toList(),
                years.stream().map(r -> new HolidayYear(((Number) r[0]).intValue(), (String) r[1])).toList());
    }

    private static void checkHours(String field, String written) {
        try {
            WeeklyHours.spans(written);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "calendar-hours-invalid", written);
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private String write(Map<DayOfWeek, String> hours) {
        try {
            return json.writeValueAsString(hours);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<DayOfWeek, String> read(String text) {
        try {
            return json.readValue(text, json.getTypeFactory().constructMapType(EnumMap.class, DayOfWeek.class,
                    String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change of office hours cannot be read", e);
        }
    }

    /** The calendar in force: its data, the fingerprint copies compare, the years still without a decree. */
    public record CalendarView(CalendarSnapshot calendar, @Schema(pattern = Limits.SHA256, maxLength = 64) String fingerprint,
                               @Schema(maxItems = 2, description = "This year and the next, when without a decree")
                               List<Integer> yearsWithoutHolidays) {
    }
}
