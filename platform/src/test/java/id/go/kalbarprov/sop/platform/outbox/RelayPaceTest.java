package id.go.kalbarprov.sop.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelayPaceTest {

    private static final Instant T = Instant.parse("2026-12-01T03:00:00Z");
    private final RelayPace pace = new RelayPace(Duration.ofSeconds(5));

    @Test
    void aNewRelayLooksAtOnce() {
        assertTrue(pace.worthLooking(T));
    }

    @Test
    void anIdleRelayLooksOnlyEveryIdleInterval() {
        pace.looking(T);
        assertFalse(pace.worthLooking(T.plusSeconds(1)));
        assertFalse(pace.worthLooking(T.plusMillis(4999)));
        assertTrue(pace.worthLooking(T.plusSeconds(5)));
    }

    @Test
    void aScheduledRetryIsLookedForWhenDueNotAtTheIdleInterval() {
        pace.looking(T);
        pace.retryScheduled(T.plusSeconds(2));
        pace.retryScheduled(T.plusSeconds(4));
        assertFalse(pace.worthLooking(T.plusSeconds(1)));
        assertTrue(pace.worthLooking(T.plusSeconds(2)));
        // the pass at 2 s claims the first retry; the second is still awaited
        pace.looking(T.plusSeconds(2));
        assertFalse(pace.worthLooking(T.plusSeconds(3)));
        assertTrue(pace.worthLooking(T.plusSeconds(4)));
        pace.looking(T.plusSeconds(4));
        assertFalse(pace.worthLooking(T.plusSeconds(8)));
        assertTrue(pace.worthLooking(T.plusSeconds(9)));
    }

    @Test
    void aRetryNotYetDueSurvivesAnEarlierPass() {
        pace.looking(T);
        pace.retryScheduled(T.plusSeconds(3));
        pace.looking(T.plusSeconds(1)); // a commit woke the relay meanwhile
        assertFalse(pace.worthLooking(T.plusSeconds(2)));
        assertTrue(pace.worthLooking(T.plusSeconds(3)));
    }

    @Test
    void whatAPassLeftDueIsLookedForAtTheNextTick() {
        pace.looking(T);
        pace.leftDue();
        assertTrue(pace.worthLooking(T.plusSeconds(1)));
        pace.looking(T.plusSeconds(1));
        assertFalse(pace.worthLooking(T.plusSeconds(2)));
    }
}
