package id.go.kalbarprov.sop.platform.testing;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.UUID;

/** Handoffs a test records in the outbox directly, without the steps that would record them. */
public final class Handoffs {

    private Handoffs() {
    }

    /** A new case's status at {@code step}, by {@code officerUpn}, recorded in its own transaction; returns the case. */
    public static UUID caseStatus(Outbox outbox, int step, String stepCode, String status, String officerUpn) {
        UUID caseId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(caseId, eventId -> new CaseStatus(eventId,
                CaseStatus.TYPE, caseId, step, stepCode, status, Instant.now(), null, null,
                new Officer(officerUpn, null, null, false), 1, null, null, null)));
        return caseId;
    }
}
