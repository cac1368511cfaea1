package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.Officer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Tells request-service, which keeps the case timeline, that a step of 8–10 was done: who did it, when it became
 * actionable, when it was done, against which standard. Step 10 also moves the case to ARCHIVED.
 */
@ApplicationScoped
public class CaseStatusEvents {

    /** The timeline kind of a quarantined arrival. */
    public static final String QUARANTINED = "QUARANTINED";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void stepDone(ArchiveOrderEntity order, TaskEntity task, Caller actor, Instant at) {
        outbox.record(order.caseId, eventId -> event(eventId, order, task, actor, at, null, null, null));
    }

    /** Step 10: the case is archived, with the record that holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(ArchiveOrderEntity order, TaskEntity task, Caller arsiparis, Instant at) {
        outbox.record(order.caseId, eventId -> event(eventId, order, task, arsiparis, at, CaseStatus.ARCHIVED,
                order.recordId, order.contentHash));
    }

    /**
     * A signed correction was taken into quarantine: the case timeline shows it at step 8, with why, so the officials
     * see that nothing reached the Kabag and the correction must be looked into.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void quarantined(UUID caseId, int version, String reason, String detail, Instant at) {
        String text = "Signed correction (version " + version + ") not accepted by the archive and kept in quarantine: "
                + reason + (detail == null ? "" : " — " + detail);
        outbox.record(caseId, eventId -> new CaseStatus(eventId, CaseStatus.TYPE, caseId, SopStep.ORDER.number,
                QUARANTINED, null, at, null, null, new Officer("archive-service", null, "archive-service", false),
                version, null, null, text.length() > CaseStatus.DETAIL ? text.substring(0, CaseStatus.DETAIL) : text));
    }

    private static CaseStatus event(UUID eventId, ArchiveOrderEntity order, TaskEntity task, Caller actor, Instant at,
                                    String status, UUID recordId, String contentHash) {
        SopStep step = task.kind;
        return new CaseStatus(eventId, CaseStatus.TYPE, order.caseId, step.number, step.name(), status, at,
                task.actionableAt, task.standardMinutes, Officer.of(actor), order.correctionVersion, contentHash,
                recordId, null);
    }
}
