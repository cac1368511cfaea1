package id.go.kalbarprov.sop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** HTTP calls to the services over java.net.http, each timed into the phase's metrics; an unexpected answer is an error. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger LOGGED = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<Metrics> metrics;
    /** Under faults: how long a call is retried (same Idempotency-Key) while its service or the database is down. */
    private final Duration retryWindow;

    Api(Supplier<Metrics> metrics) {
        this(metrics, Duration.ZERO);
    }

    Api(Supplier<Metrics> metrics, Duration retryWindow) {
        this.metrics = metrics;
        this.retryWindow = retryWindow;
    }

    /** A call that did not answer as expected; the case it belonged to is abandoned. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    record Answer(int status, JsonNode body, String etag) {
    }

    /** The status of a GET, outside the measurements (set-up: is this already there?). */
    int statusOf(String url, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new Failed("GET " + url + ": " + e);
        }
    }

    Answer get(String op, String url, String token) {
        return call(op, "GET", url, token, null, null, 200);
    }

    Answer post(String op, String url, String token, Object body, int expected) {
        return call(op, "POST", url, token, body, null, expected);
    }

    Answer put(String op, String url, String token, Object body, String ifMatch, int expected) {
        return call(op, "PUT", url, token, body, ifMatch, expected);
    }

    /** As {@code expected}: any 2xx answer will do. */
    static final int ANY_SUCCESS = 0;

    Answer call(String op, String method, String url, String token, Object body, String ifMatch, int expected) {
        if (retryWindow.isZero()) {
            return once(op, method, url, token, body, ifMatch, expected, null, false);
        }
        // Under faults: a call that found its service or the database down is sent again with the same
        // Idempotency-Key until the window closes. Connection failures and 5xx answers are client errors of the
        // fault, counted apart; only a call that never got through counts as an error.
        String key = "GET".equals(method) ? null : UUID.randomUUID().toString();
        long deadline = System.nanoTime() + retryWindow.toNanos();
        long pause = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                return once(op, method, url, token, body, ifMatch, expected, key, attempt > 1);
            } catch (Unavailable e) {
                metrics.get().clientError(op);
                if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    metrics.get().error(op);
                    log(op, method + " " + url + " still failing after " + attempt + " attempts: " + e.getMessage());
                    throw new Failed(op + ": " + e.getMessage());
                }
                Workload.sleep(pause);
                pause = Math.min(pause * 2, 2000);
            }
        }
    }

    /** The service or the database was not there: worth another attempt under faults. */
    private static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private Answer once(String op, String method, String url, String token, Object body, String ifMatch,
                        int expected, String idempotencyKey, boolean retry) {
        boolean faults = !retryWindow.isZero();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        try {
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Metrics m = metrics.get();
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (faults && !(e instanceof InterruptedException)) {
                throw new Unavailable(e.toString());
            }
            m.error(op);
            log(op, method + " " + url + " failed: " + e);
            throw new Failed(op + ": " + e);
        }
        long micros = (System.nanoTime() - start) / 1000;
        m.record(op, micros);
        m.requests.increment();
        if (op.startsWith("poll ")) {
            m.waitRequests.increment();
        }
        if ("GET".equals(method)) {
            m.gets.increment();
        }
        int status = response.statusCode();
        if (faults && status >= 500) {
            throw new Unavailable("status " + status);
        }
        if (retry && (status == 409 || status == 412) && expected != status) {
            // A transition without an Idempotency-Key (forward, assignment, order, delegation) or a PUT with If-Match
            // whose first attempt took effect before its answer was lost: the state has moved on, as asked.
            m.clientError(op + " (applied by the lost attempt)");
            return new Answer(status, null, null);
        }
        if (expected == ANY_SUCCESS ? status / 100 != 2 : status != expected) {
            m.error(op);
            log(op, method + " " + url + " -> " + status + " (expected " + expected + "): "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            throw new Failed(op + ": status " + status);
        }
        try {
            JsonNode parsed = response.body().length == 0 ? null : JSON.readTree(response.body());
            return new Answer(status, parsed, response.headers().firstValue("ETag").orElse(null));
        } catch (Exception e) {
            m.error(op);
            throw new Failed(op + ": unreadable body");
        }
    }

    private static void log(String op, String what) {
        if (LOGGED.incrementAndGet() <= 20) {
            System.err.println("[bench] error in " + op + ": " + (what.length() > 600 ? what.substring(0, 600) : what));
        }
    }
}
