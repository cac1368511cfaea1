package id.go.kalbarprov.sop.archive.outbox;

import id.go.kalbarprov.sop.platform.outbox.DeliverOnCommitContract;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.testing.Handoffs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.UUID;

/** archive-service's relay is woken by the commit, as every service's: a case's status. */
@QuarkusTest
@TestProfile(DeliverOnCommitContract.DeliverOnCommit.class)
class DeliverOnCommitTest extends DeliverOnCommitContract {

    @Inject
    Outbox outbox;

    @Override
    protected UUID recordHandoff() {
        return Handoffs.caseStatus(outbox, 10, "STEP", "ARCHIVED", "arsiparis.test");
    }
}
