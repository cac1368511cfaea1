package id.go.kalbarprov.sop.platform.rest;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which budget a request counts against, and how big that budget is on one replica. Plain logic: the filter
 * ({@link RateLimits}) and the OpenAPI document ({@link OpenApiProblems}) classify the same way.
 */
public final class RateLimitPolicy {

    /** The endpoint classes, each with its own budget per caller; the names appear in the RateLimit headers. */
    public enum EndpointClass {
        PUBLIC, READ, EXPENSIVE_READ, WRITE;

        public String policyName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A budget on this replica: {@code quota} requests per {@code window}. */
    public record Budget(EndpointClass endpointClass, long quota, Duration window) {
        /** The RateLimit-Policy field value (draft-ietf-httpapi-ratelimit-headers): {@code "read";q=600;w=60}. */
        public String policyHeader() {
            return "\"" + endpointClass.policyName() + "\";q=" + quota + ";w=" + window.toSeconds();
        }
    }

    /** The default of {@code sop.rate-limit.expensive-paths}: renderings, spreadsheets, reports, diffs, chain walks. */
    public static final String EXPENSIVE_PATHS =
            "/api/v1/(reports/.*|.*/pdf|.*\\.xlsx|.*/template|.*/diff|.*verification|.*/timeline|agenda)";

    private final RateLimitConfig config;
    private final Pattern expensive;

    public RateLimitPolicy(RateLimitConfig config) {
        if (config.replicas() < 1) {
            throw new IllegalArgumentException("sop.rate-limit.replicas must be at least 1");
        }
        if (config.window().isNegative() || config.window().toSeconds() < 1) {
            throw new IllegalArgumentException("sop.rate-limit.window must be at least a second");
        }
        this.config = config;
        this.expensive = Pattern.compile(config.expensivePaths());
    }

    /** The class of a request: anonymous ones are public, whatever they ask; writes by method; reads by path. */
    public EndpointClass classify(String method, String path, boolean anonymous) {
        return classify(method, path, anonymous, expensive);
    }

    static EndpointClass classify(String method, String path, boolean anonymous, Pattern expensive) {
        if (anonymous) {
            return EndpointClass.PUBLIC;
        }
        String m = method.toUpperCase(Locale.ROOT);
        if (!m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS")) {
            return EndpointClass.WRITE;
        }
        return expensive.matcher(path).matches() ? EndpointClass.EXPENSIVE_READ : EndpointClass.READ;
    }

    /** This replica's share of a class's limit: the limit divided by the replicas, rounded up, at least 1. */
    public Budget budget(EndpointClass endpointClass) {
        int limit = switch (endpointClass) {
            case PUBLIC -> config.publicRequests();
            case READ -> config.read();
            case EXPENSIVE_READ -> config.expensiveRead();
            case WRITE -> config.write();
        };
        long share = Math.max(1, (limit + config.replicas() - 1) / config.replicas());
        return new Budget(endpointClass, share, config.window());
    }
}
