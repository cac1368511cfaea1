package id.go.kalbarprov.sop.archive.outbox;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxOperationsContract;
import id.go.kalbarprov.sop.platform.testing.Handoffs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;

/** archive-service's undelivered handoffs, seen by operators as every service's are: a case's status. */
@QuarkusTest
class OutboxOperationsTest extends OutboxOperationsContract {

    @Inject
    Outbox outbox;

    OutboxOperationsTest() {
        super(CaseStatus.TYPE, "request-service");
    }

    @Override
    protected UUID recordHandoff() {
        return Handoffs.caseStatus(outbox, 10, "STEP", "ARCHIVED", "arsiparis.test");
    }
}
