package id.go.kalbarprov.sop.archive.outbox;

import id.go.kalbarprov.sop.platform.event.Officer;

import id.go.kalbarprov.sop.platform.event.CaseStatus;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay against a stand-in request-service that fails, then answers: delivered once, in order per case. */
@QuarkusTest
@TestProfile(OutboxRelayTest.StubbedRequest.class)
class OutboxRelayTest {

    static final int PORT = freePort();
    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAILURES_TO_GIVE = new AtomicInteger();
    static HttpServer stub;

    public static class StubbedRequest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.request-service.url", "http://127.0.0.1:" + PORT);
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
        stub.createContext("/api/v1/cases", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = FAILURES_TO_GIVE.getAndDecrement() > 0;
            if (!fail) {
                RECEIVED.add(exchange.getRequestURI().getPath() + " " + body);
            }
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop(0);
    }

    private void relayNow() {
        QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now() where delivered_at is null").executeUpdate());
        relay.relay();
    }

    @Test
    void statusEventsAreDeliveredOnceAndInOrderAfterFailures() {
        UUID caseId = UUID.randomUUID();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                outbox.record(caseId, eventId -> new CaseStatus(eventId,
                CaseStatus.TYPE, caseId, 8, "STEP", null, Instant.now(), null, null,
                new Officer("arsiparis.test", null, null, false), 1, null, null, null)).eventId(),
                outbox.record(caseId, eventId -> new CaseStatus(eventId,
                CaseStatus.TYPE, caseId, 9, "STEP", null, Instant.now(), null, null,
                new Officer("arsiparis.test", null, null, false), 1, null, null, null)).eventId()));
        RECEIVED.clear();
        FAILURES_TO_GIVE.set(1);

        relayNow();
        OutboxEvent first = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(ids.get(0)));
        assertNull(first.deliveredAt);
        assertEquals(1, first.attempts);
        assertTrue(RECEIVED.isEmpty(), "the second event must not overtake the first");

        relayNow();
        relayNow();
        assertEquals(2, RECEIVED.size());
        assertTrue(RECEIVED.get(0).startsWith("/api/v1/cases/" + caseId + "/status-events"));
        assertTrue(RECEIVED.get(0).contains("\"step\":8") && RECEIVED.get(1).contains("\"step\":9"), RECEIVED.toString());
        OutboxEvent second = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(ids.get(1)));
        assertNotNull(second.deliveredAt);
        relayNow();
        assertEquals(2, RECEIVED.size());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
