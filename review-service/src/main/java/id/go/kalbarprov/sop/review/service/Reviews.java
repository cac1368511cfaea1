package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.domain.PastAct;
import id.go.kalbarprov.sop.review.domain.Person;
import id.go.kalbarprov.sop.review.domain.ReviewChain;
import id.go.kalbarprov.sop.review.domain.ReviewStatus;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Loads reviews and rebuilds their chain from what was recorded. */
@ApplicationScoped
public class Reviews {

    public ReviewEntity find(UUID id) {
        ReviewEntity review = ReviewEntity.findById(id);
        if (review == null) {
            throw ProblemException.notFound("Review", id);
        }
        return review;
    }

    /** The review locked for update until commit: of a withdrawal and a decision at once, one finds the other's result. */
    public ReviewEntity locked(UUID id) {
        ReviewEntity review = ReviewEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw ProblemException.notFound("Review", id);
        }
        return review;
    }

    public ReviewVersionEntity version(UUID reviewId, int number) {
        return ReviewVersionEntity.find(reviewId, number)
                .orElseThrow(() -> ProblemException.notFound("Version", number));
    }

    /** The review's open task (whose turn it is and by when), or null when none is open. */
    public TaskEntity openTask(UUID reviewId) {
        return TaskEntity.open(reviewId).orElse(null);
    }

    /** All versions of the review, oldest first. */
    public List<ReviewVersionEntity> versions(UUID reviewId) {
        return ReviewVersionEntity.ofReview(reviewId);
    }

    /** All acts on the review, in the order they were taken. */
    public List<ActEntity> acts(UUID reviewId) {
        return ActEntity.ofReview(reviewId);
    }

    /** The chain as stored: its position plus every act and submission, for the one-person-one-level rule. */
    public ReviewChain chainOf(ReviewEntity review) {
        List<PastAct> history = new ArrayList<>();
        for (ReviewVersionEntity v : ReviewVersionEntity.ofReview(review.id)) {
            if (ReviewVersionEntity.SUBMITTED.equals(v.origin)) {
                history.add(PastAct.submission(v.round, v.authorUpn, v.authorNip, v.number));
            }
        }
        for (ActEntity act : ActEntity.ofReview(review.id)) {
            history.add(new PastAct(act.round, act.level, act.kind, act.upn, act.nip, act.version));
        }
        return ReviewChain.restore(review.status, Level.of(review.level), review.round, review.currentVersion,
                history);
    }

    /** Copies where the chain now stands onto the stored review. */
    public void apply(ReviewEntity review, ReviewChain chain, Instant at) {
        review.status = chain.status();
        review.level = chain.level().number;
        review.round = chain.round();
        review.currentVersion = chain.currentVersion();
        review.updatedAt = at;
        if (chain.status() == ReviewStatus.SIGNED) {
            review.signedAt = at;
        }
    }

    public static Person person(Caller caller) {
        return new Person(caller.upn(), caller.nip(), caller.name(), caller.roles(), caller.acting());
    }

    /** Times are kept to the millisecond, so that a sealed statement reads the same after the database. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
