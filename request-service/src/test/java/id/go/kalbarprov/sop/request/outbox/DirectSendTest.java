package id.go.kalbarprov.sop.request.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.platform.testing.StandInReceiver;
import id.go.kalbarprov.sop.request.service.AgendaBook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    static final StandInReceiver ARCHIVE = StandInReceiver.batch();

    public static class StubbedArchive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.archive-service.url", ARCHIVE.url(),
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
    static void startStub() {
        ARCHIVE.start();
    }

    @AfterAll
    static void stopStub() {
        ARCHIVE.stop();
    }

    @BeforeEach
    void quiet() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set skipped_at = now() where delivered_at is null and skipped_at is null")
                .executeUpdate());
        ARCHIVE.reset();
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
        assertTrue(ARCHIVE.called(first));
        assertNull(event(first).deliveredAt, "no transaction of its own books it");

        // the case's next handoff books it and, its case's chain now clear, goes directly too
        UUID second = register(caseId, "memo");
        assertNotNull(event(first).deliveredAt, "booked by the next transaction recording a handoff");
        await(relay::deliveredUnbooked, "the next one goes directly as well");
        assertTrue(ARCHIVE.called(second));
        relay.relay();
        OutboxEvent booked = event(second);
        assertNotNull(booked.deliveredAt, "booked by a relay pass");
        assertEquals(0, booked.attempts);
        assertEquals(1, ARCHIVE.applications(first), "applied once");
        assertEquals(1, ARCHIVE.applications(second), "applied once");
    }

    @Test
    void aReceiverDownGetsItThroughTheRelayAndTheCasesLaterHandoffWaitsForIt() {
        UUID caseId = UUID.randomUUID();
        ARCHIVE.downFor(1);
        UUID first = register(caseId, "letter");
        await(() -> event(first).attempts == 1, "the failed direct send is booked as an attempt");
        OutboxEvent failed = event(first);
        assertNull(failed.deliveredAt);
        assertNotNull(failed.lastError);
        assertTrue(failed.nextAttemptAt.isBefore(Instant.now().plusSeconds(5)), "retried with backoff, lease gone");

        UUID second = register(caseId, "memo");
        OutboxEvent waiting = event(second);
        assertFalse(waiting.nextAttemptAt.isAfter(waiting.createdAt), "its case's first is open: for the relay");
        assertFalse(ARCHIVE.called(second), "not sent before the case's earlier one");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now() where delivered_at is null").executeUpdate());
        // The relay woken by the second commit may hold both events meanwhile (SKIP LOCKED): passes until it is done.
        await(() -> {
            relay.relay();
            return event(first).deliveredAt != null && event(second).deliveredAt != null;
        }, "both delivered through the relay");
        for (UUID id : List.of(first, second)) {
            assertEquals(1, ARCHIVE.applications(id), id + " applied once");
        }
        List<String> sent = ARCHIVE.batches().stream().flatMap(List::stream).toList();
        assertTrue(sent.lastIndexOf(first.toString()) < sent.indexOf(second.toString()), "in order: " + ARCHIVE.batches());
    }
}
