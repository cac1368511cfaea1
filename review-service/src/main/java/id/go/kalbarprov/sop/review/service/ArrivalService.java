package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.event.Officer;

import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import id.go.kalbarprov.sop.review.domain.ChainRefusal;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.domain.ReviewChain;
import id.go.kalbarprov.sop.platform.outbox.Inbox;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.problem.ReviewProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.event.ReviewIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A draft version arrives from request-service. The first version opens the case's review; a version after a
 * return to the pelaksana starts a new round at level 5. A repeat (same event, or same case and version) changes
 * nothing.
 */
@ApplicationScoped
public class ArrivalService {

    @Inject
    Inbox inbox;

    @Inject
    Reviews reviews;

    @Inject
    DraftVersions versions;

    @Inject
    Tasks tasks;

    /** The review the draft is in, and whether this arrival changed anything. */
    public record Arrival(ReviewEntity review, boolean applied) {
    }

    @Transactional
    public Arrival receive(DraftSubmitted draft) {
        String hash = draft.contentHash().toLowerCase(Locale.ROOT);
        if (!ContentHash.sha256(draft.content()).equals(hash)) {
            throw new ProblemException(CommonProblem.CONTENT_HASH_MISMATCH, "content-hash-mismatch");
        }
        if (CanonicalJson.readObject(draft.content()).isEmpty()) {
            throw ProblemException.invalid("content", "content-not-json");
        }
        boolean firstDelivery = inbox.firstDelivery(draft.eventId());
        Optional<ReviewEntity> existing = ReviewEntity.<ReviewEntity>find("caseId", draft.caseId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (existing.isEmpty()) {
            if (!firstDelivery) {
                throw new ProblemException(CommonProblem.CONFLICT, "event-reused", draft.eventId());
            }
            return new Arrival(open(draft, hash), true);
        }
        ReviewEntity review = existing.get();
        Optional<ReviewVersionEntity> same = ReviewVersionEntity.submitted(review.id, draft.version());
        if (same.isPresent()) {
            if (!same.get().contentHash.equals(hash)) {
                throw new ProblemException(CommonProblem.CONFLICT, "draft-version-conflict", draft.version());
            }
            return new Arrival(review, false);
        }
        if (!firstDelivery) {
            return new Arrival(review, false);
        }
        return new Arrival(resubmit(review, draft, hash), true);
    }

    private ReviewEntity open(DraftSubmitted draft, String hash) {
        Instant now = Reviews.now();
        ReviewChain chain = ReviewChain.start(draft.submittedBy().upn(), draft.submittedBy().nip());
        ReviewEntity review = new ReviewEntity();
        review.id = ReviewIds.of(draft.caseId());
        review.caseId = draft.caseId();
        describe(review, draft);
        review.createdAt = now;
        reviews.apply(review, chain, now);
        review.persist();
        versions.write(review.id, chain.currentVersion(), chain.round(), ReviewVersionEntity.SUBMITTED,
                draft.version(), null, author(draft), null, draft.content(), hash, null, now);
        tasks.open(review.id, chain.round(), chain.level(), now);
        return review;
    }

    private ReviewEntity resubmit(ReviewEntity review, DraftSubmitted draft, String hash) {
        int latest = ReviewVersionEntity.latestDraftVersion(review.id);
        if (draft.version() <= latest) {
            throw new ProblemException(CommonProblem.CONFLICT, "arrival-stale", draft.version(), latest);
        }
        ReviewChain chain = reviews.chainOf(review);
        try {
            chain.resubmit(draft.submittedBy().upn(), draft.submittedBy().nip());
        } catch (ChainRefusal refusal) {
            throw new ProblemException(CommonProblem.ILLEGAL_TRANSITION, "arrival-not-expected", review.status)
                    .with("currentState", review.status.name());
        }
        Instant now = Reviews.now();
        ReviewVersionEntity previous = reviews.version(review.id, review.currentVersion);
        describe(review, draft);
        reviews.apply(review, chain, now);
        versions.write(review.id, chain.currentVersion(), chain.round(), ReviewVersionEntity.SUBMITTED,
                draft.version(), null, author(draft), null, draft.content(), hash, previous, now);
        tasks.open(review.id, chain.round(), Level.first(), now);
        return review;
    }

    private static void describe(ReviewEntity review, DraftSubmitted draft) {
        review.title = draft.title().strip();
        review.year = draft.year();
        review.period = draft.period();
    }

    private static DraftVersions.Author author(DraftSubmitted draft) {
        Officer by = draft.submittedBy();
        return new DraftVersions.Author(by.upn(), by.nip(), by.name(), "Pelaksana", by.acting());
    }
}
