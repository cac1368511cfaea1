package id.go.kalbarprov.sop.review.rest.problem;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import id.go.kalbarprov.sop.platform.problem.ProblemTranslator;
import id.go.kalbarprov.sop.review.domain.ChainRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.problem.ReviewProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;

/** The answer to a move the review chain refused: 403 for the wrong person or role, 409 for the wrong moment. */
@ApplicationScoped
public class ChainProblems implements ProblemTranslator {

    @Override
    public Optional<ProblemException> translate(Throwable failure) {
        return failure instanceof ChainRefusal refusal ? Optional.of(of(refusal)) : Optional.empty();
    }

    static ProblemException of(ChainRefusal refusal) {
        Level level = refusal.level();
        ProblemException problem = switch (refusal.reason()) {
            case WRONG_STATE -> new ProblemException(CommonProblem.ILLEGAL_TRANSITION, "illegal-transition",
                    refusal.status());
            case NOT_YOUR_LEVEL -> new ProblemException(ReviewProblem.NOT_YOUR_LEVEL, "not-your-level",
                    level.number, level.role);
            case LEVEL_ALREADY_DECIDED -> new ProblemException(ReviewProblem.ALREADY_DECIDED, "level-already-decided",
                    level.number);
            case ALREADY_APPROVED -> new ProblemException(ReviewProblem.ALREADY_DECIDED, "already-approved-version",
                    level.number, refusal.currentVersion());
            case SAME_PERSON -> new ProblemException(ReviewProblem.SAME_PERSON, "same-person");
            case STALE_VERSION -> new ProblemException(ReviewProblem.STALE_VERSION, "stale-version-review",
                    refusal.currentVersion());
            case REASON_REQUIRED -> ProblemException.invalid("reason", "reason-required");
            case NOT_AT_SIGNER_LEVEL -> new ProblemException(ReviewProblem.NOT_YOUR_LEVEL, "no-correction-only-signer",
                    level.number);
        };
        problem.with("currentState", refusal.status().name()).with("currentVersion", refusal.currentVersion());
        if (refusal.action() != null) {
            problem.with("action", refusal.action());
        }
        if (level != null) {
            problem.with("currentLevel", level.number);
        }
        return problem;
    }
}
