package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.event.Officer;

import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.platform.outbox.Inbox;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps the case's timeline whole across services: steps 5–10 as the other services report them, and the case's
 * move to SIGNED and ARCHIVED, or its end in review (WITHDRAWN, CLOSED_NO_CORRECTION: every open task closes). A report the case's state cannot take yet is refused (409), so the sender retries it
 * after the events before it — order per case holds.
 */
@ApplicationScoped
public class StatusService {

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    Inbox inbox;

    @Transactional
    public boolean apply(UUID caseId, CaseStatus event) {
        if (!inbox.firstDelivery(event.eventId())) {
            return false;
        }
        CaseEntity c = access.locked(caseId);
        if ("SIGNED".equals(event.status())) {
            access.transition(c, CaseAction.RECORD_SIGNATURE, event.at());
        } else if ("ARCHIVED".equals(event.status())) {
            access.transition(c, CaseAction.RECORD_FILING, event.at());
        } else if (CaseStatus.WITHDRAWN.equals(event.status())) {
            access.transition(c, CaseAction.RECORD_WITHDRAWAL, event.at());
        } else if (CaseStatus.CLOSED_NO_CORRECTION.equals(event.status())) {
            access.transition(c, CaseAction.RECORD_NO_CORRECTION, event.at());
        }
        SopStep step = SopStep.remote(event.step());
        Officer actor = event.actor();
        boolean acting = Boolean.TRUE.equals(actor.acting());
        if (event.actionableAt() != null) {
            tasks.recordRemote(caseId, step, actor.upn(), event.actionableAt(), event.at(), event.standardMinutes());
        }
        String kind = event.kind() != null ? event.kind() : event.status() != null ? event.status() : step.name();
        timeline.record(caseId, step.number, kind, actor.upn(), actor.name(), acting, step.actorRole,
                event.detail() != null ? event.detail() : describe(event), event.at(), event.version(),
                event.contentHash());
        if (c.state == CaseState.WITHDRAWN || c.state == CaseState.CLOSED_NO_CORRECTION) {
            tasks.closeAll(caseId, actor.upn(), event.at());
        }
        return true;
    }

    private static String describe(CaseStatus event) {
        if ("SIGNED".equals(event.status())) {
            return "Signed by the Karo (version " + event.version() + ")";
        }
        if (CaseStatus.WITHDRAWN.equals(event.status())) {
            return "Withdrawn by the Karo";
        }
        if (CaseStatus.CLOSED_NO_CORRECTION.equals(event.status())) {
            return "Closed by the Karo: no correction needed";
        }
        if ("ARCHIVED".equals(event.status())) {
            return "Filed in the archive" + (event.recordId() == null ? "" : " as record " + event.recordId());
        }
        return "Step " + event.step() + " done";
    }
}
