package id.go.kalbarprov.sop.review.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With the scheduler on, the relay's own ticker (a phase of its own, not Quarkus' second) sends a report once it is
 * due, though its commit woke nothing: request-service is unreachable in tests, so the attempt fails and counts.
 */
@QuarkusTest
@TestProfile(ReportTickTest.Ticking.class)
class ReportTickTest {

    public static class Ticking implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "true", "sop.outbox.poll-interval", "100ms",
                    "sop.outbox.report-delay", "300ms", "sop.review.signed-documents.retry-every", "1h",
                    "sop.notifications.breach-check.enabled", "false");
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void aWaitingReportIsSentByTheTickOnceDue() throws Exception {
        UUID caseId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(caseId, eventId -> new CaseStatus(eventId,
                CaseStatus.TYPE, caseId, 5, "PARAF", null, Instant.now(), null, null,
                new Officer("kasubbag.test", null, null, false), 1, null, null, null)));
        long deadline = System.nanoTime() + 10_000_000_000L;
        int attempts = 0;
        while (attempts == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            attempts = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                    "aggregateId", caseId).stream().mapToInt(e -> e.attempts).sum());
        }
        assertTrue(attempts > 0, "no tick sent the waiting report");
    }
}
