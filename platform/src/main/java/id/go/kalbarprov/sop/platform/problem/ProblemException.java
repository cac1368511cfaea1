package id.go.kalbarprov.sop.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by use cases and resources to answer with a problem. The detail is a message key argument list so the
 * answer can be given in English or Indonesian.
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final String detailKey;
    private final Object[] args;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(ProblemCode code, String detailKey, Object... args) {
        this(code, List.of(), detailKey, args);
    }

    public ProblemException(ProblemCode code, List<Violation> violations, String detailKey, Object... args) {
        super(code + ": " + detailKey);
        this.code = code;
        this.detailKey = detailKey;
        this.args = args;
        this.violations = violations;
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public ProblemCode code() {
        return code;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(CommonProblem.NOT_FOUND, "not-found", what, id);
    }

    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(CommonProblem.FORBIDDEN, detailKey, args);
    }

    public static ProblemException rule(String detailKey, Object... args) {
        return new ProblemException(CommonProblem.RULE_VIOLATED, detailKey, args);
    }

    public static ProblemException invalid(String field, String detailKey, Object... args) {
        return new ProblemException(CommonProblem.VALIDATION_FAILED,
                List.of(new Violation(field, ProblemTexts.english(detailKey, args))), detailKey, args);
    }
}
