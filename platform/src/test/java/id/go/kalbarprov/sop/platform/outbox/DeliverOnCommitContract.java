package id.go.kalbarprov.sop.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The relay is woken by the commit that records an event, not only by the poll. The scheduler is off in tests, so
 * only the wake-up can make the delivery attempt seen here (the receiver is unreachable, so it fails and counts). A
 * service's test is a {@code @QuarkusTest} subclass with {@code @TestProfile(DeliverOnCommitContract.DeliverOnCommit.class)}
 * that records one of its handoffs.
 */
public abstract class DeliverOnCommitContract {

    public static class DeliverOnCommit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.outbox.deliver-on-commit", "true");
        }
    }

    /** Records a handoff in its own transaction; returns its case. */
    protected abstract UUID recordHandoff();

    @Test
    void aCommittedHandoffIsAttemptedWithoutWaitingForThePoll() throws InterruptedException {
        UUID caseId = recordHandoff();
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
