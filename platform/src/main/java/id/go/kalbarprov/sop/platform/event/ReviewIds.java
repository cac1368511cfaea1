package id.go.kalbarprov.sop.platform.event;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A case has at most one review, and its id follows from the case's: review-service opens the review of a case
 * under this id, so request-service can name the review of a case it handed over (for example in the answer that
 * sends a withdrawal to review-service) before review-service has reported anything back.
 */
public final class ReviewIds {

    private ReviewIds() {
    }

    /** The id of the review of case {@code caseId} (a name-based UUID, version 3). */
    public static UUID of(UUID caseId) {
        return UUID.nameUUIDFromBytes(("sop45-review/" + caseId).getBytes(StandardCharsets.UTF_8));
    }
}
