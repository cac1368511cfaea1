package id.go.kalbarprov.sop.platform.testing;

import id.go.kalbarprov.sop.platform.calendar.OfficeClock;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The office's clock standing still at a WIB date and time, for the tests of time rules (installed per test). */
public class FixedClock extends OfficeClock {

    private volatile Instant now;

    private FixedClock(Instant now) {
        this.now = now;
    }

    /** Installs a clock standing at {@code localDateTime} WIB for the current test; returns it to move it. */
    public static FixedClock installAt(String localDateTime) {
        FixedClock clock = new FixedClock(wib(localDateTime));
        QuarkusMock.installMockForType(clock, OfficeClock.class);
        return clock;
    }

    public FixedClock at(String localDateTime) {
        now = wib(localDateTime);
        return this;
    }

    public static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Pontianak")).toInstant();
    }

    @Override
    public Instant now() {
        return now;
    }
}
