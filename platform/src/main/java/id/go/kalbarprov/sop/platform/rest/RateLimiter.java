package id.go.kalbarprov.sop.platform.rest;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code limit} requests per caller key in each fixed window, kept in memory (no database transaction per
 * request). For endpoints open without a login, such as the public document verification, so that a client cannot
 * use them to try ids at speed.
 */
public final class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

    public RateLimiter(int limit, long windowMillis, Clock clock) {
        if (limit < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("A rate limit needs a positive limit and window");
        }
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts a request of {@code key}; empty when allowed, else the seconds until the next window opens. */
    public OptionalLong acquire(String key) {
        long now = clock.millis();
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
        }
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start() >= windowMillis
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (window.count() <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (window.start() + windowMillis - now + 999) / 1000));
    }

    public int limit() {
        return limit;
    }
}
