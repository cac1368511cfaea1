package id.go.kalbarprov.sop.platform.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Request budgets per caller and endpoint class, under {@code sop.rate-limit}. The limits are for the whole deployment:
 * each replica keeps its own buckets in memory and enforces its share, the limit divided by {@link #replicas()}
 * (rounded up), so that with the ingress spreading a caller's requests over the replicas the caller gets about the
 * limit in total.
 */
@ConfigMapping(prefix = "sop.rate-limit")
public interface RateLimitConfig {

    /** Off only where a test or a benchmark drives one caller far beyond what a person does. */
    @WithDefault("true")
    boolean enabled();

    /** How many replicas of this service share the limits (the Deployment's replicas). */
    @WithDefault("1")
    int replicas();

    /** The window the limits count in; a bucket refills gradually over it. */
    @WithDefault("1M")
    Duration window();

    /** Requests without a token (by client address), e.g. the public document verification. */
    @WithName("public")
    @WithDefault("60")
    int publicRequests();

    /** Reads (GET) per token subject. */
    @WithDefault("1200")
    int read();

    /** Reads that render or compute much (PDFs, spreadsheets, reports, diffs, chain walks) per token subject. */
    @WithDefault("120")
    int expensiveRead();

    /** Writes (POST, PUT, PATCH, DELETE) per token subject. */
    @WithDefault("600")
    int write();

    /** A regular expression matched against the whole request path of an expensive read. */
    @WithDefault(RateLimitPolicy.EXPENSIVE_PATHS)
    String expensivePaths();

    /** Callers kept in memory at most; idle full buckets are dropped first. */
    @WithDefault("100000")
    int maxCallers();
}
