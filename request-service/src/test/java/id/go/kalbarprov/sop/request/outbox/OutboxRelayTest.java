package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.event.DraftSubmitted;

import id.go.kalbarprov.sop.platform.event.AgendaRegistration;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import id.go.kalbarprov.sop.request.support.Cases;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay against a stand-in review-service that is down, then up: nothing lost, nothing sent twice. */
@QuarkusTest
@TestProfile(OutboxRelayTest.StubbedReview.class)
class OutboxRelayTest {

    static final int PORT = freePort();
    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAILURES_TO_GIVE = new AtomicInteger();
    static HttpServer stub;

    public static class StubbedReview implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.review-service.url", "http://127.0.0.1:" + PORT);
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        stub.createContext("/api/v1/reviews", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = FAILURES_TO_GIVE.getAndDecrement() > 0 ? 503 : 201;
            if (status == 201) {
                RECEIVED.add(body);
                AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop(0);
    }

    private OutboxEvent eventOf(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateId = ?1 and type = ?2", UUID.fromString(caseId), DraftSubmitted.TYPE).firstResult());
    }

    private void relayUntilQuiet() {
        QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now() where delivered_at is null").executeUpdate());
        relay.relay();
    }

    @Test
    void aDraftIsDeliveredOnceAfterTheReceiverComesBack() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        RECEIVED.clear();
        FAILURES_TO_GIVE.set(2);

        relayUntilQuiet();
        OutboxEvent afterFirst = eventOf(c.id());
        assertNull(afterFirst.deliveredAt);
        assertEquals(1, afterFirst.attempts);
        assertNotNull(afterFirst.lastError);
        assertTrue(afterFirst.nextAttemptAt.isAfter(afterFirst.createdAt));

        relayUntilQuiet();
        relayUntilQuiet();
        relayUntilQuiet();
        OutboxEvent delivered = eventOf(c.id());
        assertNotNull(delivered.deliveredAt);
        assertEquals(2, delivered.attempts);
        assertEquals(1, RECEIVED.stream().filter(b -> b.contains(c.id())).count());

        String token = AUTHORIZATIONS.get(AUTHORIZATIONS.size() - 1).substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"request-service\"]"), "its own role only: " + claims);
        assertTrue(claims.contains("\"sub\":\"request-service\""), claims);
        assertTrue(RECEIVED.get(RECEIVED.size() - 1).contains("\"contentHash\""));
    }

    @Test
    void anUnreachableArchiveDelaysOnlyWhatGoesToIt() {
        String id = Cases.open();
        relayUntilQuiet();
        OutboxEvent agenda = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateId = ?1 and type = ?2", UUID.fromString(id), AgendaRegistration.TYPE).firstResult());
        assertNull(agenda.deliveredAt);
        assertTrue(agenda.attempts >= 1);
        assertEquals("archive-service", agenda.destination);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
