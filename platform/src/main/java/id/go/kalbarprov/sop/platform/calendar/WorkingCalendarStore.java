package id.go.kalbarprov.sop.platform.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps this service's calendar in its own schema (platform's repeatable migration in {@code db/platform}): the
 * snapshot in {@code working_calendar}, and its open hours as rows of {@code office_interval}, which the SQL function
 * {@code working_minutes(from, to)} sums for the reports. A report therefore counts exactly the minutes
 * {@link WorkingCalendar} counts, in one query. A stored change is re-read by every replica within the reload interval.
 */
@ApplicationScoped
public class WorkingCalendarStore {

    private static final Logger LOG = Logger.getLogger(WorkingCalendarStore.class);

    @Inject
    EntityManager em;

    @Inject
    WorkingTime workingTime;

    @Inject
    CalendarConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    OfficeClock clock;

    private volatile String fingerprint;

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!reload()) {
                store(config.configured(), "configuration");
            }
        });
    }

    @Scheduled(every = "${sop.calendar.reload-interval:60s}", delayed = "${sop.calendar.reload-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadRegularly() {
        QuarkusTransaction.requiringNew().run(() -> {
            reload();
            rewriteWhenAYearHasPassed();
        });
    }

    /**
     * A new year moves the stretch of open hours written ahead: the calendar in force is written again. Returns
     * whether it was.
     */
    @Transactional
    public boolean rewriteWhenAYearHasPassed() {
        if (fingerprint == null || fingerprint.equals(hashOf(write(workingTime.calendar().snapshot())))) {
            return false;
        }
        return store(workingTime.calendar().snapshot(), inForce().source());
    }

    /** Reads the stored calendar and puts it in force when it changed; false when none is stored. */
    boolean reload() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT fingerprint, snapshot FROM working_calendar WHERE id = 1")
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        String stored = (String) rows.get(0)[0];
        if (!stored.equals(fingerprint)) {
            workingTime.use(new WorkingCalendar(read(rows.get(0)[1].toString())));
            fingerprint = stored;
        }
        return true;
    }

    /** The stored calendar's fingerprint, source and time, and the years around now without a decree. */
    @Transactional
    public InForce inForce() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT fingerprint, source, stored_at FROM working_calendar WHERE id = 1")
                .getResultList();
        int year = LocalDate.ofInstant(clock.now(), workingTime.calendar().zone()).getYear();
        List<Integer> missing = java.util.stream.IntStream.rangeClosed(year, year + 1)
                .filter(y -> !workingTime.calendar().hasHolidayCalendar(y)).boxed().toList();
        if (rows.isEmpty()) {
            return new InForce(null, null, null, missing);
        }
        Object storedAt = rows.get(0)[2];
        return new InForce((String) rows.get(0)[0], (String) rows.get(0)[1],
                storedAt instanceof java.time.Instant at ? at : ((java.time.OffsetDateTime) storedAt).toInstant(),
                missing);
    }

    /** The calendar stored in this service. */
    /** Where a stored calendar came from: "configuration", or the service it was written by or copied from. */
    public static final int SOURCE = 100;

    public record InForce(@Schema(pattern = Limits.SHA256) String fingerprint,
                          @Schema(maxLength = SOURCE) String source, java.time.Instant storedAt,
                          @Schema(maxItems = 2) List<Integer> yearsWithoutHolidays) {
    }

    /**
     * The fingerprint of a calendar: a SHA-256 of its canonical JSON and of the last year its open hours are written
     * for, so that a new year writes them further ahead.
     */
    private String hashOf(String text) {
        ZoneId zone = workingTime.calendar().zone();
        return ContentHash.sha256(text + "\nthrough " + lastYearWritten(zone));
    }

    private int lastYearWritten(ZoneId zone) {
        return LocalDate.ofInstant(clock.now(), zone).getYear() + config.yearsAhead();
    }

    /** The fingerprint of the calendar in force (see {@link #hashOf}). */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Stores {@code snapshot} as this service's calendar and writes its open hours, unless the same calendar is
     * stored already; puts it in force. Returns whether anything changed.
     */
    @Transactional
    public boolean store(CalendarSnapshot snapshot, String source) {
        String text = write(snapshot);
        String hash = hashOf(text);
        // One writer at a time (replicas starting together, an admin's change): reports still read meanwhile.
        em.createNativeQuery("LOCK TABLE office_interval IN EXCLUSIVE MODE").executeUpdate();
        reload();
        if (hash.equals(fingerprint)) {
            return false;
        }
        WorkingCalendar calendar = new WorkingCalendar(snapshot);
        em.createNativeQuery("""
                        INSERT INTO working_calendar (id, fingerprint, snapshot, source, stored_at)
                        VALUES (1, ?1, cast(?2 AS jsonb), ?3, ?4)
                        ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint,
                            snapshot = excluded.snapshot, source = excluded.source, stored_at = excluded.stored_at""")
                .setParameter(1, hash).setParameter(2, text).setParameter(3, source)
                .setParameter(4, clock.now()).executeUpdate();
        writeIntervals(calendar);
        workingTime.use(calendar);
        fingerprint = hash;
        LOG.infof("working calendar %s from %s in force", hash.substring(0, 12), source);
        return true;
    }

    private void writeIntervals(WorkingCalendar calendar) {
        List<WorkingCalendar.Interval> open = calendar.intervals(LocalDate.of(config.firstYear(), 1, 1),
                LocalDate.of(lastYearWritten(calendar.zone()) + 1, 1, 1));
        em.createNativeQuery("DELETE FROM office_interval").executeUpdate();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO office_interval (starts_at, ends_at) VALUES (?, ?)")) {
                for (WorkingCalendar.Interval interval : open) {
                    insert.setTimestamp(1, Timestamp.from(interval.start()));
                    insert.setTimestamp(2, Timestamp.from(interval.end()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private String write(CalendarSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a calendar snapshot is plain JSON", e);
        }
    }

    CalendarSnapshot read(String text) {
        try {
            return json.readValue(text, CalendarSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored working calendar cannot be read", e);
        }
    }

}
