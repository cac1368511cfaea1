package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.ReadPolicy;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who reads a review and its parts (README, "Access policy"): the reviewers and the auditor every review; a pelaksana
 * only the reviews of drafts they compiled (submitted) — its detail, versions, diffs and seals alike; everything else
 * is refused ({@code NOT_ASSIGNED}). Units never reach a review: no review endpoint admits their role.
 */
@ApplicationScoped
public class ReviewAccess {

    @Inject
    Reviews reviews;

    /** The review, when the caller may read it. */
    public ReviewEntity readable(UUID id, Caller caller) {
        ReviewEntity review = reviews.find(id);
        if (onlyOwnCompilations(caller) && !ReviewVersionEntity.compiledBy(id, caller.upn(), caller.nip())) {
            throw new ProblemException(CommonProblem.NOT_ASSIGNED, "not-compiler");
        }
        return review;
    }

    /** Whether lists must keep a caller to the reviews they compiled. */
    public static boolean onlyOwnCompilations(Caller caller) {
        return caller.has(Roles.PELAKSANA) && !ReadPolicy.overseesEveryCase(caller);
    }
}
