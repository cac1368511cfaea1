package id.go.kalbarprov.sop.request.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.HandoffBatch;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.request.service.AgendaBook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handoff that is its case's first open event to its destination is sent by the recording replica right after the
 * commit, without a relay transaction claiming it; its delivery is booked by the next transaction that touches the
 * outbox. A receiver that is down gets it later through the relay, once; a case's later event recorded while an
 * earlier one is open waits for it in the relay's order.
 */
@QuarkusTest
@TestProfile(DirectSendTest.StubbedArchive.class)
class DirectSendTest {

    static final int PORT = freePort();
    static final ObjectMapper JSON = new ObjectMapper();
    /** Every batch call, as the event ids it carried. */
    static final List<List<String>> CALLS = new CopyOnWriteArrayList<>();
    static final List<String> APPLICATIONS = new CopyOnWriteArrayList<>();
    static final Set<String> APPLIED = ConcurrentHashMap.newKeySet();
    static final AtomicInteger DOWN_FOR = new AtomicInteger();
    static HttpServer stub;

    public static class StubbedArchive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.archive-service.url", "http://127.0.0.1:" + PORT,
                    "sop.outbox.deliver-on-commit", "true", "sop.outbox.direct-send", "true", "sop.outbox.batch-window", "0s");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    AgendaBook agenda;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        stub.createContext(HandoffBatch.PATH, exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            List<String> ids = new ArrayList<>();
            List<Map<String, Object>> results = new ArrayList<>();
            for (JsonNode item : body.get("events")) {
                ids.add(item.get("eventId").asText());
            }
            CALLS.add(ids);
            if (DOWN_FOR.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            for (String id : ids) {
                int status = 200;
                if (APPLIED.add(id)) {
                    APPLICATIONS.add(id);
                    status = 201;
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("eventId", id);
                result.put("status", status);
                results.add(result);
            }
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
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set skipped_at = now() where delivered_at is null and skipped_at is null")
                .executeUpdate());
        CALLS.clear();
        DOWN_FOR.set(0);
    }

    private UUID register(UUID caseId, String document) {
        return QuarkusTransaction.requiringNew().call(() -> {
            agenda.register(caseId, agenda.document(caseId, document, 1, AgendaDirection.IN, Instant.now()));
            return OutboxEvent.<OutboxEvent>find("aggregateId = ?1 order by createdAt desc", caseId).firstResult().id;
        });
    }

    private OutboxEvent event(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id));
    }

    private static boolean called(UUID id) {
        return CALLS.stream().flatMap(List::stream).anyMatch(id.toString()::equals);
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aCasesFirstHandoffIsSentAfterItsCommitAndBookedByTheNextTransaction() {
        UUID caseId = UUID.randomUUID();
        UUID first = register(caseId, "letter");
        OutboxEvent recorded = event(first);
        assertTrue(recorded.nextAttemptAt.isAfter(recorded.createdAt.plusSeconds(30)),
                "leased to this replica: no relay claims it meanwhile");

        await(relay::deliveredUnbooked, "sent right after the commit");
        assertTrue(called(first));
        assertNull(event(first).deliveredAt, "no transaction of its own books it");

        // the case's next handoff books it and, its case's chain now clear, goes directly too
        UUID second = register(caseId, "memo");
        assertNotNull(event(first).deliveredAt, "booked by the next transaction recording a handoff");
        await(relay::deliveredUnbooked, "the next one goes directly as well");
        assertTrue(called(second));
        relay.relay();
        OutboxEvent booked = event(second);
        assertNotNull(booked.deliveredAt, "booked by a relay pass");
        assertEquals(0, booked.attempts);
        assertEquals(1, APPLICATIONS.stream().filter(first.toString()::equals).count(), "applied once");
        assertEquals(1, APPLICATIONS.stream().filter(second.toString()::equals).count(), "applied once");
    }

    @Test
    void aReceiverDownGetsItThroughTheRelayAndTheCasesLaterHandoffWaitsForIt() {
        UUID caseId = UUID.randomUUID();
        DOWN_FOR.set(1);
        UUID first = register(caseId, "letter");
        await(() -> event(first).attempts == 1, "the failed direct send is booked as an attempt");
        OutboxEvent failed = event(first);
        assertNull(failed.deliveredAt);
        assertNotNull(failed.lastError);
        assertTrue(failed.nextAttemptAt.isBefore(Instant.now().plusSeconds(5)), "retried with backoff, lease gone");

        UUID second = register(caseId, "memo");
        OutboxEvent waiting = event(second);
        assertFalse(waiting.nextAttemptAt.isAfter(waiting.createdAt), "its case's first is open: for the relay");
        assertFalse(called(second), "not sent before the case's earlier one");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now() where delivered_at is null").executeUpdate());
        // The relay woken by the second commit may hold both events meanwhile (SKIP LOCKED): passes until it is done.
        await(() -> {
            relay.relay();
            return event(first).deliveredAt != null && event(second).deliveredAt != null;
        }, "both delivered through the relay");
        for (UUID id : List.of(first, second)) {
            assertEquals(1, APPLICATIONS.stream().filter(id.toString()::equals).count(), id + " applied once");
        }
        List<String> sent = CALLS.stream().flatMap(List::stream).toList();
        assertTrue(sent.lastIndexOf(first.toString()) < sent.indexOf(second.toString()), "in order: " + CALLS);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
