package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.event.CaseWithdrawn;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.outbox.Inbox;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.review.domain.ChainRefusal;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.domain.ReviewChain;
import id.go.kalbarprov.sop.review.domain.ReviewStatus;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import id.go.kalbarprov.sop.review.service.command.WithdrawReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The Karo's withdrawal of a case before signing, as far as review-service owns it: while the draft is in review
 * the withdrawal is made here (and request-service is told); while the draft is back with the pelaksana it is made
 * in request-service, which tells this service to close the review waiting for the resubmission.
 * <p>
 * A withdrawal and a signature at once: both take the review's row (the withdrawal locks it, a decision checks its
 * version on commit) and both record the Karo's act of the round (one decision per level and round), so exactly one
 * of them commits; the other gets 409 and changes nothing.
 */
@ApplicationScoped
public class Withdrawals {

    @Inject
    Reviews reviews;

    @Inject
    Tasks tasks;

    @Inject
    Handoffs handoffs;

    @Inject
    Inbox inbox;

    /** The Karo withdraws the case in review, at whichever level it is. */
    @Transactional
    public ReviewActions.Decided withdraw(UUID reviewId, WithdrawReview command, Caller karo) {
        ReviewEntity review = reviews.locked(reviewId);
        ReviewChain chain = reviews.chainOf(review);
        ReviewChain.Move move;
        try {
            move = chain.withdraw(Reviews.person(karo), command.reason());
        } catch (ChainRefusal refusal) {
            if (refusal.reason() != ChainRefusal.Reason.WRONG_STATE) {
                throw refusal;
            }
            throw new ProblemException(CommonProblem.ILLEGAL_TRANSITION, "withdrawal-not-in-review", review.status,
                    review.caseId).with("currentState", review.status.name()).with("action", "WITHDRAW");
        }
        String reason = command.reason().strip();
        Instant now = Reviews.now();
        ReviewVersionEntity current = reviews.version(reviewId, review.currentVersion);
        ActEntity act = ReviewActions.record(review, move.round(), Level.KARO, ActKind.WITHDRAWN, karo, reason,
                current, now);
        TaskEntity turn = tasks.complete(reviewId, karo.upn(), ActKind.WITHDRAWN.name(), now);
        reviews.apply(review, chain, now);
        handoffs.withdrawn(review, move.decidedAt(), turn, karo, current, reason, now);
        return new ReviewActions.Decided(act, null, review, null); // a withdrawn review has no open task
    }

    /**
     * From request-service: the Karo withdrew the case while its draft was back with the pelaksana. Applied once per
     * event id; a review already withdrawn stays as it is. request-service has registered the withdrawal in the
     * agenda book and ended the case: nothing goes back.
     */
    @Transactional
    public boolean caseWithdrawn(CaseWithdrawn event) {
        if (!inbox.firstDelivery(event.eventId())) {
            return false;
        }
        ReviewEntity review = ReviewEntity.<ReviewEntity>find("caseId", event.caseId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Review of case", event.caseId()));
        if (review.status == ReviewStatus.WITHDRAWN) {
            return false;
        }
        ReviewChain chain = reviews.chainOf(review);
        Officer by = event.withdrawnBy();
        Caller karo = new Caller(by.upn(), by.nip(), by.name(), Set.of(Roles.KARO), null,
                Boolean.TRUE.equals(by.acting()));
        ReviewChain.Move move;
        try {
            move = chain.withdrawWhileReturned(Reviews.person(karo));
        } catch (ChainRefusal refusal) {
            throw new ProblemException(CommonProblem.ILLEGAL_TRANSITION, "case-withdrawal-not-expected",
                    review.status).with("currentState", review.status.name()).with("action", "WITHDRAW");
        }
        Instant now = Reviews.now();
        ReviewVersionEntity current = reviews.version(review.id, review.currentVersion);
        ReviewActions.record(review, move.round(), Level.KARO, ActKind.WITHDRAWN, karo, event.reason().strip(),
                current, now);
        tasks.complete(review.id, karo.upn(), ActKind.WITHDRAWN.name(), now);
        reviews.apply(review, chain, now);
        return true;
    }
}
