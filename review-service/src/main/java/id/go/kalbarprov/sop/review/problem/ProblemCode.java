package id.go.kalbarprov.sop.review.problem;

/** The stable codes this service answers with, each with its HTTP status. Texts live in {@code problems*.properties}. */
public enum ProblemCode {
    VALIDATION_FAILED(400),
    MALFORMED_JSON(400),
    INVALID_PARAMETER(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_YOUR_LEVEL(403),
    SAME_PERSON(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    ILLEGAL_TRANSITION(409),
    IDEMPOTENCY_IN_PROGRESS(409),
    CONFLICT(409),
    ALREADY_DECIDED(409),
    STALE_VERSION(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    RULE_VIOLATED(422),
    CONTENT_HASH_MISMATCH(422),
    INTERNAL_ERROR(500);

    public final int status;

    ProblemCode(int status) {
        this.status = status;
    }
}
