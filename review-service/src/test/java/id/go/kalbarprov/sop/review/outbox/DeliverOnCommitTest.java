package id.go.kalbarprov.sop.review.outbox;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.outbox.DeliverOnCommitContract;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/** review-service's relay is woken by the commit, as every service's: a case's status. */
@QuarkusTest
@TestProfile(DeliverOnCommitContract.DeliverOnCommit.class)
class DeliverOnCommitTest extends DeliverOnCommitContract {

    @Inject
    Outbox outbox;

    @Override
    protected UUID recordHandoff() {
        UUID caseId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(caseId, eventId -> new CaseStatus(eventId,
                CaseStatus.TYPE, caseId, 5, "PARAF", null, Instant.now(), null, null,
                new Officer("kasubbag.test", null, null, false), 1, null, null, null)));
        return caseId;
    }
}
