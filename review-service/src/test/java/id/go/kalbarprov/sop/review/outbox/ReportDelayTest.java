package id.go.kalbarprov.sop.review.outbox;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.outbox.ReportDelayContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/** review-service's status reports to request-service wait; a returned draft, which the pelaksana waits for, does not. */
@QuarkusTest
@TestProfile(ReportDelayContract.ReportsWait.class)
class ReportDelayTest extends ReportDelayContract {

    private static final Officer KASUBBAG = new Officer("kasubbag.test", null, null, false);

    @Inject
    Outbox outbox;

    @Override
    protected String reportType() {
        return CaseStatus.TYPE;
    }

    @Override
    protected void recordReport(UUID caseId) {
        outbox.record(caseId, eventId -> new CaseStatus(eventId, CaseStatus.TYPE, caseId, 5, "PARAF", null,
                Instant.now(), null, null, KASUBBAG, 1, null, null, null));
    }

    @Override
    protected void recordHandoff(UUID caseId) {
        outbox.record(caseId, eventId -> new DraftReturned(eventId, DraftReturned.TYPE, 1, "Angka realisasi keliru",
                KASUBBAG, 1, "{\"rows\":[]}", "0".repeat(64)));
    }
}
