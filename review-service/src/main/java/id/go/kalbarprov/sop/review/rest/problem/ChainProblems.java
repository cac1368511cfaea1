package id.go.kalbarprov.sop.review.rest.problem;

import id.go.kalbarprov.sop.review.domain.ChainRefusal;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.problem.ProblemCode;
import id.go.kalbarprov.sop.review.problem.ProblemException;

/** The answer to a move the review chain refused: 403 for the wrong person or role, 409 for the wrong moment. */
final class ChainProblems {

    private ChainProblems() {
    }

    static ProblemException of(ChainRefusal refusal) {
        Level level = refusal.level();
        ProblemException problem = switch (refusal.reason()) {
            case WRONG_STATE -> new ProblemException(ProblemCode.ILLEGAL_TRANSITION, "illegal-transition",
                    refusal.status());
            case NOT_YOUR_LEVEL -> new ProblemException(ProblemCode.NOT_YOUR_LEVEL, "not-your-level",
                    level.number, level.role);
            case LEVEL_ALREADY_DECIDED -> new ProblemException(ProblemCode.ALREADY_DECIDED, "level-already-decided",
                    level.number);
            case ALREADY_APPROVED -> new ProblemException(ProblemCode.ALREADY_DECIDED, "already-approved-version",
                    level.number, refusal.currentVersion());
            case SAME_PERSON -> new ProblemException(ProblemCode.SAME_PERSON, "same-person");
            case STALE_VERSION -> new ProblemException(ProblemCode.STALE_VERSION, "stale-version-review",
                    refusal.currentVersion());
            case REASON_REQUIRED -> ProblemException.invalid("reason", "reason-required");
        };
        problem.with("currentState", refusal.status().name()).with("currentVersion", refusal.currentVersion());
        if (level != null) {
            problem.with("currentLevel", level.number);
        }
        return problem;
    }
}
