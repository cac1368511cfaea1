package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.event.DraftSubmitted;

import id.go.kalbarprov.sop.platform.event.AgendaRegistration;

import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.platform.testing.StandInReceiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.request.support.Cases;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay against a stand-in review-service that is down, then up: nothing lost, nothing sent twice. */
@QuarkusTest
@TestProfile(OutboxRelayTest.StubbedReview.class)
class OutboxRelayTest {

    static final StandInReceiver REVIEW = StandInReceiver.single("/api/v1/reviews");

    public static class StubbedReview implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.review-service.url", REVIEW.url());
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startStub() {
        REVIEW.start();
    }

    @AfterAll
    static void stopStub() {
        REVIEW.stop();
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
        REVIEW.clear();
        REVIEW.downFor(2);

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
        List<StandInReceiver.Sent> received = REVIEW.accepted();
        assertEquals(1, received.stream().filter(sent -> sent.body().contains(c.id())).count());

        String token = received.get(received.size() - 1).authorization().substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"request-service\"]"), "its own role only: " + claims);
        assertTrue(claims.contains("\"sub\":\"request-service\""), claims);
        assertTrue(received.get(received.size() - 1).body().contains("\"contentHash\""));
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
}
