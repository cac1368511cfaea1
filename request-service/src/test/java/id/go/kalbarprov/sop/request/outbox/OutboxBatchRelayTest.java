package id.go.kalbarprov.sop.request.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.platform.testing.StandInReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    static final StandInReceiver REVIEW = StandInReceiver.batch();

    public static class StubbedReview implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.review-service.url", REVIEW.url(),
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
    static void startStub() {
        REVIEW.start();
    }

    @AfterAll
    static void stopStub() {
        REVIEW.stop();
    }

    @BeforeEach
    void quiet() {
        // what other tests left behind is not this test's business
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set skipped_at = now() where delivered_at is null and skipped_at is null")
                .executeUpdate());
        REVIEW.reset();
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
        REVIEW.refuse(a1.toString());

        relayDue();

        assertEquals(1, REVIEW.batches().size(), "one call for all of them: " + REVIEW.batches());
        List<String> call = REVIEW.batches().get(0);
        assertEquals(Set.of(a1.toString(), b1.toString(), a2.toString(), b2.toString()), Set.copyOf(call));
        assertTrue(call.indexOf(a1.toString()) < call.indexOf(a2.toString()), "a case's in order");
        assertTrue(call.indexOf(b1.toString()) < call.indexOf(b2.toString()), "a case's in order");
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
        assertTrue(REVIEW.traceparents().stream().allMatch(t -> t.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"))
                || REVIEW.traceparents().stream().allMatch(String::isEmpty), "a traceparent per event: " + REVIEW.traceparents());

        REVIEW.clear();
        relayDue();
        assertFalse(REVIEW.called(a2),
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
        REVIEW.downFor(2);

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
            assertEquals(1, REVIEW.applications(id), id + " applied once");
        }
        assertEquals(2, event(a1).attempts);
    }
}
