package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.rest.RateLimitPolicy.Budget;
import id.go.kalbarprov.sop.platform.rest.RateLimitPolicy.EndpointClass;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per caller and endpoint class, in this replica's memory (Bucket4j): no database, no transaction per
 * request. A bucket holds this replica's share of the class's limit and refills gradually over the window.
 */
public final class RateLimits {

    /** The answer for one request: allowed or not, and what the RateLimit headers tell the caller. */
    public record Decision(boolean allowed, Budget budget, long remaining, long resetSeconds, long retryAfterSeconds) {

        /** The RateLimit field value (draft-ietf-httpapi-ratelimit-headers): {@code "read";r=599;t=1}. */
        public String rateLimitHeader() {
            return "\"" + budget.endpointClass().policyName() + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private final RateLimitPolicy policy;
    private final TimeMeter clock;
    private final int maxCallers;
    private final ConcurrentMap<String, Held> buckets = new ConcurrentHashMap<>();

    private record Held(Bucket bucket, long capacity) {
    }

    public RateLimits(RateLimitPolicy policy, TimeMeter clock, int maxCallers) {
        this.policy = policy;
        this.clock = clock;
        this.maxCallers = maxCallers;
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    /** Counts one request of {@code caller} in {@code endpointClass}. */
    public Decision acquire(String caller, EndpointClass endpointClass) {
        Budget budget = policy.budget(endpointClass);
        if (buckets.size() >= maxCallers) {
            forgetIdleCallers();
        }
        Bucket bucket = buckets.computeIfAbsent(endpointClass.policyName() + " " + caller, k -> new Held(
                Bucket.builder()
                        .addLimit(limit -> limit.capacity(budget.quota()).refillGreedy(budget.quota(), budget.window()))
                        .withCustomTimePrecision(clock)
                        .build(),
                budget.quota())).bucket();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), budget, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** A full bucket is the same as none: dropping it forgets nothing; if every caller is busy, start afresh. */
    private void forgetIdleCallers() {
        buckets.values().removeIf(held -> held.bucket().getAvailableTokens() >= held.capacity());
        if (buckets.size() >= maxCallers) {
            buckets.clear();
        }
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
