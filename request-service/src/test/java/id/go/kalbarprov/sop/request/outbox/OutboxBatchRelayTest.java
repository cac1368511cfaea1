package id.go.kalbarprov.sop.request.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.event.HandoffBatch;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against a stand-in review-service with the batch endpoint: all due events to it in one call, each
 * booked by its own result — a refused one parked and its case's later events left waiting behind it, the other
 * cases' events delivered; a receiver down and then up gets every event, once.
 */
@QuarkusTest
@TestProfile(OutboxBatchRelayTest.StubbedReview.class)
class OutboxBatchRelayTest {

    static final int PORT = freePort();
    static final ObjectMapper JSON = new ObjectMapper();
    /** Every batch call, as the event ids it carried. */
    static final List<List<String>> CALLS = new CopyOnWriteArrayList<>();
    static final List<String> TRACEPARENTS = new CopyOnWriteArrayList<>();
    /** Event ids the stand-in applied (a repeat answers 200 and is not added again). */
    static final Set<String> APPLIED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final List<String> APPLICATIONS = new CopyOnWriteArrayList<>();
    static final Set<String> REFUSE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final AtomicInteger DOWN_FOR = new AtomicInteger();
    static HttpServer stub;

    public static class StubbedReview implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.review-service.url", "http://127.0.0.1:" + PORT,
                    "sop.outbox.deliver-on-commit", "false", "sop.outbox.poll-interval", "1h");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        stub.createContext(HandoffBatch.PATH, exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            if (DOWN_FOR.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            List<String> ids = new ArrayList<>();
            List<Map<String, Object>> results = new ArrayList<>();
            Set<String> held = new HashSet<>();
            for (JsonNode item : body.get("events")) {
                String id = item.get("eventId").asText();
                String caseId = item.get("caseId").asText();
                ids.add(id);
                TRACEPARENTS.add(item.path("traceparent").asText(""));
                int status;
                if (held.contains(caseId)) {
                    status = 425;
                } else if (REFUSE.contains(id)) {
                    status = 422;
                    held.add(caseId);
                } else if (APPLIED.add(id)) {
                    APPLICATIONS.add(id);
                    status = 201;
                } else {
                    status = 200;
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("eventId", id);
                result.put("status", status);
                if (status == 422) {
                    result.put("problem", Map.of("status", 422, "code", "BUSINESS_RULE", "detail", "refused"));
                }
                results.add(result);
            }
            CALLS.add(ids);
            byte[] answer = JSON.writeValueAsBytes(Map.of("results", results));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop(0);
    }

    @BeforeEach
    void quiet() {
        // what other tests left behind is not this test's business
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set skipped_at = now() where delivered_at is null and skipped_at is null")
                .executeUpdate());
        CALLS.clear();
        TRACEPARENTS.clear();
        REFUSE.clear();
        DOWN_FOR.set(0);
    }

    private UUID record(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.recordDelivery(DraftSubmitted.TYPE,
                "review-service", caseId, id -> Map.of("eventId", id.toString(), "type", DraftSubmitted.TYPE,
                        "caseId", caseId.toString())));
    }

    private OutboxEvent event(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id));
    }

    private void relayDue() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now() where delivered_at is null").executeUpdate());
        relay.relay();
    }

    @Test
    void allDueEventsGoInOneCallAndARefusalHoldsBackItsOwnCaseOnly() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID a1 = record(a);
        UUID b1 = record(b);
        UUID a2 = record(a);
        UUID b2 = record(b);
        REFUSE.add(a1.toString());

        relayDue();

        assertEquals(1, CALLS.size(), "one call for all of them: " + CALLS);
        assertEquals(Set.of(a1.toString(), b1.toString(), a2.toString(), b2.toString()), Set.copyOf(CALLS.get(0)));
        assertTrue(CALLS.get(0).indexOf(a1.toString()) < CALLS.get(0).indexOf(a2.toString()), "a case's in order");
        assertTrue(CALLS.get(0).indexOf(b1.toString()) < CALLS.get(0).indexOf(b2.toString()), "a case's in order");
        assertNotNull(event(b1).deliveredAt);
        assertNotNull(event(b2).deliveredAt);
        OutboxEvent refused = event(a1);
        assertNull(refused.deliveredAt);
        assertNotNull(refused.parkedAt, "refused for good: parked");
        assertTrue(refused.lastError.contains("422"), refused.lastError);
        OutboxEvent waiting = event(a2);
        assertNull(waiting.deliveredAt);
        assertNull(waiting.parkedAt);
        assertEquals(0, waiting.attempts, "not attempted: no attempt counted");
        assertTrue(TRACEPARENTS.stream().allMatch(t -> t.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"))
                || TRACEPARENTS.stream().allMatch(String::isEmpty), "a traceparent per event: " + TRACEPARENTS);

        CALLS.clear();
        relayDue();
        assertTrue(CALLS.stream().flatMap(List::stream).noneMatch(id -> id.equals(a2.toString())),
                "the case's later event waits behind its parked one");
        assertNull(event(a2).deliveredAt);
    }

    @Test
    void aReceiverDownThenUpGetsEveryEventOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID a1 = record(a);
        UUID a2 = record(a);
        UUID b1 = record(b);
        DOWN_FOR.set(2);

        relayDue();
        OutboxEvent afterFirst = event(a1);
        assertNull(afterFirst.deliveredAt);
        assertEquals(1, afterFirst.attempts);
        assertNotNull(afterFirst.lastError);
        assertEquals(0, event(a2).attempts, "only a case's first event counts the failed call");

        relayDue();
        relayDue();
        relayDue();
        for (UUID id : List.of(a1, a2, b1)) {
            assertNotNull(event(id).deliveredAt, id + " delivered");
            assertEquals(1, APPLICATIONS.stream().filter(id.toString()::equals).count(), id + " applied once");
        }
        assertEquals(2, event(a1).attempts);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
