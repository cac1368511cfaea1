package id.go.kalbarprov.sop.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reports (a step's status, an agenda registration) wait {@code OUTBOX_REPORT_DELAY} before they leave, so that the
 * reports of many steps share a call and a receiving transaction; a handoff someone waits for is never held up by
 * them: the waiting reports of its case to the same service become due with it, and leave before it, in order. A
 * service's test is a {@code @QuarkusTest} subclass with {@code @TestProfile(ReportDelayContract.ReportsWait.class)}
 * recording a report and a handoff of its own to one receiving service (unreachable in tests: an attempt fails and
 * counts).
 */
public abstract class ReportDelayContract {

    /** Reports wait an hour: whatever a relay pass attempts here was not waiting. */
    public static class ReportsWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.outbox.report-delay", "1h");
        }
    }

    @Inject
    OutboxRelay relay;

    /** The type of the reports {@link #recordReport} records. */
    protected abstract String reportType();

    /** Records a report of {@code caseId}, in the caller's transaction. */
    protected abstract void recordReport(UUID caseId);

    /** Records a handoff someone waits for, of {@code caseId}, to the reports' service, in the caller's transaction. */
    protected abstract void recordHandoff(UUID caseId);

    @Test
    void aReportWaitsUntilAHandoffOfItsCaseTakesItAlong() {
        UUID waiting = UUID.randomUUID();
        UUID hurried = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> recordReport(waiting));
        QuarkusTransaction.requiringNew().run(() -> recordReport(hurried));
        relay.relay();
        assertEquals(0, attempts(waiting) + attempts(hurried), "a pass sent a report before its time");
        assertTrue(events(waiting).get(0).nextAttemptAt.isAfter(Instant.now().plus(Duration.ofMinutes(30))));

        QuarkusTransaction.requiringNew().run(() -> recordHandoff(hurried));
        relay.relay();
        List<OutboxEvent> events = events(hurried);
        assertEquals(2, events.size());
        assertTrue(events.get(0).attempts > 0, "the waiting report did not leave ahead of its case's handoff");
        assertEquals(0, attempts(waiting), "another case's report left with it");
    }

    @Test
    void aReportRecordedWithAHandoffOfItsCaseDoesNotWait() {
        UUID caseId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            recordHandoff(caseId);
            recordReport(caseId);
        });
        QuarkusTransaction.requiringNew().run(() -> recordReport(caseId));
        List<OutboxEvent> reports = events(caseId).stream().filter(e -> e.type.equals(reportType())).toList();
        Instant soon = Instant.now().plus(Duration.ofMinutes(1));
        assertEquals(2, reports.size());
        assertTrue(reports.get(0).nextAttemptAt.isBefore(soon), "the report recorded with the handoff waits");
        assertTrue(reports.get(1).nextAttemptAt.isAfter(soon), "a later report of the case does not wait");
    }

    private static List<OutboxEvent> events(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateId = ?1 order by createdAt, id", caseId));
    }

    private static int attempts(UUID caseId) {
        return events(caseId).stream().mapToInt(e -> e.attempts).sum();
    }
}
