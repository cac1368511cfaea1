package id.go.kalbarprov.sop.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Whether the relay's scheduled tick should look at the outbox. A commit in this replica wakes the relay itself, so a
 * tick is needed only for what that does not cover: a retry this relay scheduled, once it is due; something a pass
 * left due (a follower it could not send with its head, a receiver's "not attempted", a failed pass); and, at the idle
 * interval, what no wake-up announces here (another replica's retries, what a crashed replica left). An idle relay
 * thus reads the outbox every idle interval rather than every tick.
 */
final class RelayPace {

    private final Duration idleInterval;
    private volatile boolean leftDue = true;
    private volatile Instant lookedAt = Instant.EPOCH;
    /** When the retries this relay scheduled are due, in epoch milliseconds, until a pass looks for them. */
    private final NavigableSet<Long> retriesAt = new ConcurrentSkipListSet<>();

    RelayPace(Duration idleInterval) {
        this.idleInterval = idleInterval;
    }

    boolean worthLooking(Instant now) {
        return leftDue || retriesAt.floor(now.toEpochMilli()) != null || !now.isBefore(lookedAt.plus(idleInterval));
    }

    /** A pass starts: it claims every retry due by now. */
    void looking(Instant now) {
        lookedAt = now;
        leftDue = false;
        retriesAt.headSet(now.toEpochMilli(), true).clear();
    }

    void retryScheduled(Instant at) {
        retriesAt.add(at.toEpochMilli());
    }

    /** The pass left an event due now, or failed: the next tick looks again. */
    void leftDue() {
        leftDue = true;
    }
}
