package id.go.kalbarprov.sop.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.go.kalbarprov.sop.platform.event.HandoffBatch;
import id.go.kalbarprov.sop.platform.event.HandoffBatchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the service an outbox test's events go to, on a free port of 127.0.0.1: its single-event endpoints
 * at the paths given, and its batch endpoint ({@link HandoffBatch#PATH}) if asked for — without it, the relay finds no
 * batch endpoint (404) and sends the events one by one.
 * <p>
 * While it is {@linkplain #downFor down}, a call is answered 503. An event whose JSON (a single call's body, a batch
 * item) contains one of the {@linkplain #refuse refused} texts is refused with a 422 problem; in a batch, its case's
 * later events are then not attempted (425). Any other event is applied (201), or answered 200 when it was before.
 * <p>
 * Meant as a test class's static field: its port is known before the test profile asks for it, then {@link #start()}
 * in {@code @BeforeAll} and {@link #stop()} in {@code @AfterAll}.
 */
public final class StandInReceiver {

    /** The detail of every refusal, as a receiver's validation would word it. */
    public static final String REFUSAL = "to: size must be at most 2000";

    /** One call to a single-event endpoint, whatever it was answered. */
    public record Sent(String path, String body, String authorization, int status) {

        public boolean accepted() {
            return status / 100 == 2;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port = freePort();
    private final List<String> singlePaths;
    private final boolean batch;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final List<String> traceparents = new CopyOnWriteArrayList<>();
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final List<String> applications = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger downFor = new AtomicInteger();
    private HttpServer server;

    private StandInReceiver(boolean batch, List<String> singlePaths) {
        this.batch = batch;
        this.singlePaths = singlePaths;
    }

    /** A receiver with only single-event endpoints, under each of {@code paths}. */
    public static StandInReceiver single(String... paths) {
        return new StandInReceiver(false, List.of(paths));
    }

    /** A receiver with the batch endpoint (and single-event endpoints under {@code paths}, if any). */
    public static StandInReceiver batch(String... paths) {
        return new StandInReceiver(true, List.of(paths));
    }

    /** Its base address, for {@code quarkus.rest-client.<destination>.url}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String path : singlePaths) {
            server.createContext(path, this::single);
        }
        if (batch) {
            server.createContext(HandoffBatch.PATH, this::batch);
        }
        server.start();
    }

    public void stop() {
        server.stop(0);
    }

    /** Forgets what was sent and refused and answers again: for a test's {@code @BeforeEach}. */
    public void reset() {
        clear();
        refused.clear();
        downFor.set(0);
    }

    /** Forgets what was sent so far (what it applied stays applied). */
    public void clear() {
        sent.clear();
        batches.clear();
        traceparents.clear();
    }

    /** Answers the next {@code calls} calls with 503. */
    public void downFor(int calls) {
        downFor.set(calls);
    }

    /** Refuses every event whose JSON contains {@code text} (an event's or a case's id), until {@link #accept}. */
    public void refuse(String text) {
        refused.add(text);
    }

    public void accept(String text) {
        refused.remove(text);
    }

    /** Every single-event call, in order, answered or not. */
    public List<Sent> sent() {
        return sent;
    }

    /** The single-event calls it accepted, in order. */
    public List<Sent> accepted() {
        return sent.stream().filter(Sent::accepted).toList();
    }

    /** Every batch call, as the event ids it carried, answered or not. */
    public List<List<String>> batches() {
        return batches;
    }

    /** Whether a batch call carried the event. */
    public boolean called(Object eventId) {
        return batches.stream().flatMap(List::stream).anyMatch(eventId.toString()::equals);
    }

    /** The traceparent of each event in the batch calls ("" when it had none). */
    public List<String> traceparents() {
        return traceparents;
    }

    /** How many times the event was applied in a batch call: once, however often it was sent. */
    public long applications(Object eventId) {
        return applications.stream().filter(eventId.toString()::equals).count();
    }

    private void single(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = downFor.getAndDecrement() > 0 ? 503 : refused(body) ? 422 : 201;
        sent.add(new Sent(exchange.getRequestURI().getPath(), body,
                exchange.getRequestHeaders().getFirst("Authorization"), status));
        if (status == 422) {
            answer(exchange, 422, "application/problem+json", refusal());
        } else if (status == 503) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        } else {
            answer(exchange, status, "application/json", Map.of());
        }
    }

    private void batch(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        List<String> ids = new ArrayList<>();
        for (JsonNode item : body.get("events")) {
            ids.add(item.get("eventId").asText());
            traceparents.add(item.path("traceparent").asText(""));
        }
        batches.add(ids);
        if (downFor.getAndDecrement() > 0) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        List<Map<String, Object>> results = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (JsonNode item : body.get("events")) {
            String id = item.get("eventId").asText();
            String caseId = item.get("caseId").asText();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("eventId", id);
            if (held.contains(caseId)) {
                result.put("status", HandoffBatchResult.NOT_ATTEMPTED);
            } else if (refused(item.toString())) {
                held.add(caseId);
                result.put("status", 422);
                result.put("problem", refusal());
            } else if (applied.add(id)) {
                applications.add(id);
                result.put("status", 201);
            } else {
                result.put("status", 200);
            }
            results.add(result);
        }
        answer(exchange, 200, "application/json", Map.of("results", results));
    }

    private boolean refused(String json) {
        return refused.stream().anyMatch(json::contains);
    }

    private static Map<String, Object> refusal() {
        return Map.of("status", 422, "code", "VALIDATION_FAILED", "detail", REFUSAL);
    }

    private static void answer(HttpExchange exchange, int status, String type, Object body) throws IOException {
        byte[] answer = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
