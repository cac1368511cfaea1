package id.go.kalbarprov.sop.archive.outbox;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.OutboxOperationsContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
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
        UUID caseId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(caseId, eventId -> new CaseStatus(eventId,
                CaseStatus.TYPE, caseId, 10, "STEP", "ARCHIVED", Instant.now(), null, null,
                new Officer("arsiparis.test", null, null, false), 1, null, null, null)));
        return caseId;
    }
}
