package id.go.kalbarprov.sop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.rest.RateLimitPolicy.EndpointClass;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {

    /** Settable time for the buckets. */
    static final class FakeTime implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advanceSeconds(long seconds) {
            nanos += TimeUnit.SECONDS.toNanos(seconds);
        }
    }

    static RateLimitConfig config(int replicas, int publicLimit, int read, int expensive, int write) {
        return new RateLimitConfig() {
            public boolean enabled() {
                return true;
            }

            public int replicas() {
                return replicas;
            }

            public Duration window() {
                return Duration.ofMinutes(1);
            }

            public int publicRequests() {
                return publicLimit;
            }

            public int read() {
                return read;
            }

            public int expensiveRead() {
                return expensive;
            }

            public int write() {
                return write;
            }

            public String expensivePaths() {
                return "/api/v1/(reports/.*|.*/pdf)";
            }

            public int maxCallers() {
                return 3;
            }
        };
    }

    @Test
    void classifiesByTokenMethodAndPath() {
        RateLimitPolicy policy = new RateLimitPolicy(config(1, 10, 10, 10, 10));
        assertEquals(EndpointClass.PUBLIC, policy.classify("GET", "/api/v1/verifications/x", true));
        assertEquals(EndpointClass.PUBLIC, policy.classify("POST", "/api/v1/cases", true));
        assertEquals(EndpointClass.WRITE, policy.classify("POST", "/api/v1/cases", false));
        assertEquals(EndpointClass.WRITE, policy.classify("delete", "/api/v1/webhooks/1", false));
        assertEquals(EndpointClass.READ, policy.classify("GET", "/api/v1/cases", false));
        assertEquals(EndpointClass.EXPENSIVE_READ, policy.classify("GET", "/api/v1/cases/1/memo/pdf", false));
        assertEquals(EndpointClass.EXPENSIVE_READ, policy.classify("GET", "/api/v1/reports/service-level", false));
    }

    @Test
    void eachReplicaEnforcesItsShareRoundedUp() {
        RateLimitPolicy two = new RateLimitPolicy(config(2, 5, 600, 1, 120));
        assertEquals(3, two.budget(EndpointClass.PUBLIC).quota());
        assertEquals(300, two.budget(EndpointClass.READ).quota());
        assertEquals(1, two.budget(EndpointClass.EXPENSIVE_READ).quota(), "never below one");
        assertEquals("\"write\";q=60;w=60", two.budget(EndpointClass.WRITE).policyHeader());
        assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy(config(0, 1, 1, 1, 1)));
    }

    @Test
    void aCallerOverItsBudgetWaitsForTheRefillWhileOthersPass() {
        FakeTime time = new FakeTime();
        RateLimits limits = new RateLimits(new RateLimitPolicy(config(1, 2, 60, 1, 1)), time, 100);
        assertTrue(limits.acquire("10.0.0.1", EndpointClass.PUBLIC).allowed());
        RateLimits.Decision second = limits.acquire("10.0.0.1", EndpointClass.PUBLIC);
        assertTrue(second.allowed());
        assertEquals(0, second.remaining());
        assertEquals("\"public\";r=0;t=60", second.rateLimitHeader());
        RateLimits.Decision refused = limits.acquire("10.0.0.1", EndpointClass.PUBLIC);
        assertFalse(refused.allowed());
        assertEquals(30, refused.retryAfterSeconds(), "two per minute: one comes back after 30 s");
        assertTrue(limits.acquire("10.0.0.2", EndpointClass.PUBLIC).allowed(), "another client");
        assertTrue(limits.acquire("10.0.0.1", EndpointClass.READ).allowed(), "another class");
        time.advanceSeconds(30);
        assertTrue(limits.acquire("10.0.0.1", EndpointClass.PUBLIC).allowed());
    }

    @Test
    void forgetsIdleCallersBeyondTheMaximum() {
        FakeTime time = new FakeTime();
        RateLimits limits = new RateLimits(new RateLimitPolicy(config(1, 1, 1, 1, 1)), time, 3);
        for (String caller : new String[] {"a", "b", "c"}) {
            assertTrue(limits.acquire(caller, EndpointClass.WRITE).allowed());
        }
        time.advanceSeconds(60);
        assertTrue(limits.acquire("d", EndpointClass.WRITE).allowed());
        assertTrue(limits.acquire("a", EndpointClass.WRITE).allowed(), "a's bucket was full again");
    }
}
