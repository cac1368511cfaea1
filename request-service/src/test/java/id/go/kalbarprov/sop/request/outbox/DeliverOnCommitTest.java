package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.request.support.Cases;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The relay is woken by the commit that records an event, not only by the poll. The scheduler is off in tests, so
 * only the wake-up can make the delivery attempt seen here (archive-service is unreachable, so it fails and counts).
 */
@QuarkusTest
@TestProfile(DeliverOnCommitTest.DeliverOnCommit.class)
class DeliverOnCommitTest {

    public static class DeliverOnCommit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.outbox.deliver-on-commit", "true");
        }
    }

    @Test
    void aCommittedHandoffIsAttemptedWithoutWaitingForThePoll() throws InterruptedException {
        UUID caseId = UUID.fromString(Cases.open());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        boolean attempted = false;
        while (!attempted && Instant.now().isBefore(deadline)) {
            attempted = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                    "aggregateId = ?1 and attempts > 0", caseId)) > 0;
            Thread.sleep(50);
        }
        assertTrue(attempted, "the commit did not wake the relay");
    }
}
