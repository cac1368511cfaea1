package id.go.kalbarprov.sop.archive.outbox;

import id.go.kalbarprov.sop.platform.event.Officer;

import id.go.kalbarprov.sop.platform.event.CaseStatus;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.platform.testing.StandInReceiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay against a stand-in request-service that fails, then answers: delivered once, in order per case. */
@QuarkusTest
@TestProfile(OutboxRelayTest.StubbedRequest.class)
class OutboxRelayTest {

    static final StandInReceiver REQUEST = StandInReceiver.single("/api/v1/cases");

    public static class StubbedRequest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.request-service.url", REQUEST.url());
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startStub() {
        REQUEST.start();
    }

    @AfterAll
    static void stopStub() {
        REQUEST.stop();
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
        REQUEST.clear();
        REQUEST.downFor(1);

        relayNow();
        OutboxEvent first = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(ids.get(0)));
        assertNull(first.deliveredAt);
        assertEquals(1, first.attempts);
        assertTrue(REQUEST.accepted().isEmpty(), "the second event must not overtake the first");

        relayNow();
        relayNow();
        List<StandInReceiver.Sent> received = REQUEST.accepted();
        assertEquals(2, received.size());
        assertTrue(received.get(0).path().startsWith("/api/v1/cases/" + caseId + "/status-events"));
        assertTrue(received.get(0).body().contains("\"step\":8") && received.get(1).body().contains("\"step\":9"),
                received.toString());
        OutboxEvent second = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(ids.get(1)));
        assertNotNull(second.deliveredAt);
        relayNow();
        assertEquals(2, REQUEST.accepted().size());
    }
}
