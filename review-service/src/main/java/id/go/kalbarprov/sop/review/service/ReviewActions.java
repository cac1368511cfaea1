package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.json.CanonicalJson;

import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.review.domain.DraftAmendment;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.domain.ReviewChain;
import id.go.kalbarprov.sop.review.domain.ReviewStatus;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.review.service.command.AmendDraft;
import id.go.kalbarprov.sop.review.service.command.Decide;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.event.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Steps 5–7: a reviewer amends the draft, approves it (paraf or signature) or returns it one level down. */
@ApplicationScoped
public class ReviewActions {

    /** The acts a review may record (each sealed once): five per version is more than any round takes. */
    public static final int MAX_ACTS = 5 * DraftVersions.MAX_VERSIONS;

    @Inject
    Reviews reviews;

    @Inject
    DraftVersions versions;

    @Inject
    Tasks tasks;

    @Inject
    Sealing sealing;

    @Inject
    SignedCorrections signedCorrections;

    @Inject
    Handoffs handoffs;

    @Inject
    CorrectionNumbers numbers;

    /**
     * What a decision recorded: the act, its seal for an approval, the review after it and its open task (the next
     * level's, or none) — read in the decision's transaction, so the answer needs no transaction of its own.
     */
    public record Decided(ActEntity act, SealEntity seal, ReviewEntity review, TaskEntity openTask) {
    }

    /**
     * "Reviews and corrects": a new version of the draft at the current level, made of the previous one with the
     * declared corrections and its achievements recomputed.
     */
    @Transactional
    public ReviewVersionEntity amend(UUID reviewId, AmendDraft amendment, Caller reviewer) {
        ReviewEntity review = reviews.locked(reviewId);
        ReviewChain chain = reviews.chainOf(review);
        Level level = chain.level();
        int number = chain.amend(Reviews.person(reviewer), amendment.baseVersion());
        ReviewVersionEntity previous = reviews.version(reviewId, review.currentVersion);
        String content = canonical(amended(previous, amendment));
        if (content.length() > Limits.DRAFT_CONTENT) {
            throw ProblemException.invalid("rows", "payload-too-large", Limits.DRAFT_CONTENT);
        }
        String hash = ContentHash.sha256(content);
        if (hash.equals(previous.contentHash)) {
            throw ProblemException.rule("amendment-unchanged", previous.number);
        }
        Instant now = Reviews.now();
        ReviewVersionEntity amended = versions.write(reviewId, number, review.round, ReviewVersionEntity.AMENDED,
                null, level.number, new DraftVersions.Author(reviewer.upn(), reviewer.nip(), reviewer.name(),
                        level.post, reviewer.acting()), blankToNull(amendment.note()), content, hash, previous, now);
        ActEntity act = record(review, review.round, level, ActKind.AMENDED, reviewer, amendment.note(), amended, now);
        sealing.sealAmendment(act, previous);
        reviews.apply(review, chain, now);
        return amended;
    }

    private static Map<String, Object> amended(ReviewVersionEntity previous, AmendDraft amendment) {
        List<DraftAmendment.RowCorrection> rows = amendment.rows() == null ? List.of()
                : amendment.rows().stream().map(r -> new DraftAmendment.RowCorrection(r.rowId().toString(),
                        r.unitCode(), r.target(), r.actualCorrected(), r.reason(), r.reviewerNote())).toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) CanonicalJson.read(previous.content);
        try {
            return DraftAmendment.apply(content, rows, amendment.notes(), amendment.conclusion());
        } catch (DraftAmendment.Refusal refusal) {
            throw refusal.field() == null ? ProblemException.rule(refusal.key(), refusal.args())
                    : ProblemException.invalid(refusal.field(), refusal.key(), refusal.args());
        }
    }

    /**
     * Approve (paraf at 5 and 6, signature at 7), return one level down, or at level 7 close the case as "no
     * correction needed", against the current version.
     */
    @Transactional
    public Decided decide(UUID reviewId, Decide decision, Caller reviewer) {
        ReviewEntity review = reviews.locked(reviewId);
        ReviewChain chain = reviews.chainOf(review);
        ReviewChain.Move move = switch (decision.decision()) {
            case APPROVE -> chain.approve(Reviews.person(reviewer), decision.version());
            case RETURN -> chain.returnDown(Reviews.person(reviewer), decision.version(), decision.reason());
            case NO_CORRECTION -> chain.closeNoCorrection(Reviews.person(reviewer), decision.version(),
                    decision.reason());
        };
        Instant now = Reviews.now();
        ReviewVersionEntity current = reviews.version(reviewId, review.currentVersion);
        boolean signature = move.act() == ActKind.SIGNED;
        if (signature) {
            sealing.requireChainFor(reviewId, current.number, current.contentHash);
        }
        ActEntity act = record(review, move.round(), move.decidedAt(), move.act(), reviewer,
                decision.reason(), current, now);
        TaskEntity task = TaskEntity.open(reviewId).orElse(null);
        tasks.complete(reviewId, reviewer.upn(), move.act().name(), now);
        SealEntity seal = null;
        if (move.act().isApproval() && !signature) {
            seal = sealing.seal(act);
        } else if (move.act() == ActKind.NO_CORRECTION) {
            // The Karo's closure over the version he read: sealed like a signature, without a document number.
            seal = sealing.sealClosure(act);
        }
        reviews.apply(review, chain, now);
        TaskEntity next = move.nextLevel().map(level -> tasks.open(reviewId, chain.round(), level, now)).orElse(null);
        int draftVersion = ReviewVersionEntity.latestDraftVersion(reviewId);
        if (signature) {
            // The year's counter row is held from here to the commit (every signature takes it): the rest is done.
            CorrectionNumbers.Numbered number = numbers.next(now);
            review.documentNumber = number.number();
            review.documentDate = number.date();
            seal = sealing.seal(act, number.number(), number.date());
        }
        if (move.nextStatus() == ReviewStatus.RETURNED_TO_PELAKSANA) {
            handoffs.draftReturned(review, draftVersion, current, decision.reason().strip(), reviewer);
        } else if (move.nextStatus() == ReviewStatus.SIGNED) {
            signedCorrections.due(review, act, current);
        }
        handoffs.stepDone(review, move.decidedAt(), move.act(), task, reviewer, current,
                decision.reason() == null ? null : decision.reason().strip(), now);
        return new Decided(act, seal, review, next);
    }

    static ActEntity record(ReviewEntity review, int round, Level level, ActKind kind, Caller by,
                                    String reason, ReviewVersionEntity version, Instant at) {
        if (ActEntity.count("reviewId", review.id) >= MAX_ACTS) {
            throw ProblemException.rule("too-many-acts", MAX_ACTS);
        }
        ActEntity act = new ActEntity();
        act.reviewId = review.id;
        act.round = round;
        act.level = level.number;
        act.kind = kind;
        act.upn = by.upn();
        act.nip = by.nip();
        act.name = by.name();
        act.post = level.post;
        act.acting = by.acting();
        act.at = at;
        act.reason = blankToNull(reason);
        act.version = version.number;
        act.contentHash = version.contentHash;
        act.persist();
        return act;
    }

    private static String canonical(Map<String, Object> content) {
        try {
            return CanonicalJson.write(content);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("content", "content-not-canonical");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
