package id.go.kalbarprov.sop.review.problem;

import id.go.kalbarprov.sop.platform.problem.ProblemCode;

/** The codes of review-service beyond the shared ones; texts in {@code problems*.properties}. */
public enum ReviewProblem implements ProblemCode {
    NOT_YOUR_LEVEL(403),
    SAME_PERSON(403),
    ALREADY_DECIDED(409),
    STALE_VERSION(409),
    /** Signed, and its PDF is being made at this moment (by another request or replica): Retry-After. */
    SIGNED_DOCUMENT_PENDING(503);

    private final int status;

    ReviewProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
