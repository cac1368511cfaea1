package id.go.kalbarprov.sop.platform.problem;

/** The codes every service answers with. */
public enum CommonProblem implements ProblemCode {
    VALIDATION_FAILED(400),
    MALFORMED_JSON(400),
    INVALID_PARAMETER(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_ASSIGNED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    ILLEGAL_TRANSITION(409),
    IDEMPOTENCY_IN_PROGRESS(409),
    CONFLICT(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    RULE_VIOLATED(422),
    CONTENT_HASH_MISMATCH(422),
    PRECONDITION_REQUIRED(428),
    TOO_MANY_REQUESTS(429),
    INTERNAL_ERROR(500),
    /** No database connection in time (the pool is busy, or PostgreSQL is restarting): retry after Retry-After. */
    SERVICE_BUSY(503);

    private final int status;

    CommonProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
