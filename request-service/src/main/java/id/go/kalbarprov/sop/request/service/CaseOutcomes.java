package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.event.AgendaDocument;
import id.go.kalbarprov.sop.platform.event.CaseWithdrawn;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.event.ReviewIds;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.service.command.WithdrawCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The Karo's withdrawal of a case while this service owns it: before its draft is in review (OPEN to DRAFTING), or
 * while review has returned it to the pelaksana (REVISION, when review-service is told to close the review waiting
 * for the resubmission). While the draft is in review, review-service owns the case and the withdrawal is made
 * there; after the signature nothing can be withdrawn.
 */
@ApplicationScoped
public class CaseOutcomes {

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    AgendaBook agenda;

    @Inject
    Outbox outbox;

    @Transactional
    public CaseEntity withdraw(UUID caseId, WithdrawCase command, Caller karo) {
        CaseEntity c = access.locked(caseId);
        CaseState before = c.state;
        if (before == CaseState.IN_REVIEW) {
            UUID reviewId = ReviewIds.of(caseId);
            String endpoint = "/api/v1/reviews/" + reviewId + "/withdrawal";
            throw refused("withdrawal-in-review", before, endpoint).with("reviewId", reviewId)
                    .with("withdrawalEndpoint", endpoint);
        }
        if (before == CaseState.SIGNED || before == CaseState.ARCHIVED) {
            throw refused("withdrawal-after-signing", before, null);
        }
        Instant now = Instant.now();
        access.transition(c, CaseAction.WITHDRAW, now);
        String reason = command.reason().strip();
        int step = stepOf(before);
        tasks.closeAll(caseId, karo.upn(), now);
        timeline.record(caseId, step, CaseState.WITHDRAWN.name(), karo, Roles.KARO,
                "Withdrawn by the Karo: " + reason, now);
        agenda.register(caseId, agenda.outcome(AgendaDocument.Outcome.WITHDRAWN, c, step, now, karo, reason));
        if (before == CaseState.REVISION) {
            outbox.record(caseId, eventId -> new CaseWithdrawn(eventId, CaseWithdrawn.TYPE, caseId, c.draftVersions,
                    reason, Officer.of(karo), now));
        }
        return c;
    }

    private static ProblemException refused(String key, CaseState state, String endpoint) {
        return new ProblemException(CommonProblem.ILLEGAL_TRANSITION, key, state, endpoint)
                .with("currentState", state.name()).with("action", CaseAction.WITHDRAW.name());
    }

    /** The step of SOP 45 whose turn it was when the case was withdrawn. */
    static int stepOf(CaseState state) {
        return switch (state) {
            case OPEN -> 1;
            case COLLECTING -> 2;
            case FORWARDED -> 3;
            default -> 4;
        };
    }
}
