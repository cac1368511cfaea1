package id.go.kalbarprov.sop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-12-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theLimitHoldsPerKeyAndWindow() {
        RateLimiter limiter = new RateLimiter(3, 60_000, clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("10.0.0.1").isEmpty());
        }
        assertEquals(OptionalLong.of(60), limiter.acquire("10.0.0.1"));
        assertTrue(limiter.acquire("10.0.0.2").isEmpty(), "another client has its own budget");
        now = now.plusSeconds(45);
        assertEquals(OptionalLong.of(15), limiter.acquire("10.0.0.1"));
        now = now.plusSeconds(15);
        assertTrue(limiter.acquire("10.0.0.1").isEmpty(), "a new window");
    }
}
