package id.go.kalbarprov.sop.platform.event;

import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * review-service and archive-service → request-service ({@code POST /api/v1/cases/{caseId}/status-events}): a step
 * they completed (5–10) and, where the case as a whole moved, its new status. Applied once per event id.
 * <p>
 * Besides the signature and the filing, review-service reports the two outcomes that end a case in review without a
 * signed correction: the Karo's "no correction needed" at step 7 ({@code CLOSED_NO_CORRECTION}) and the Karo's
 * withdrawal while the draft is in review ({@code WITHDRAWN}, at the step whose turn it was).
 */
@Schema(name = "StatusEvent")
public record CaseStatus(
        @NotNull UUID eventId,
        @Size(max = 60) String type,
        UUID caseId,
        @NotNull @Min(5) @Max(10) Integer step,
        @Size(max = 40) @Pattern(regexp = "^[A-Z_]+$") String kind,
        @Pattern(regexp = "^(SIGNED|ARCHIVED|WITHDRAWN|CLOSED_NO_CORRECTION)$") String status,
        @NotNull Instant at,
        Instant actionableAt,
        @Min(0) @Max(100000) Integer standardMinutes,
        @NotNull @Valid Officer actor,
        @Min(1) Integer version,
        @Size(max = 64) String contentHash,
        UUID recordId,
        @Size(max = DETAIL) String detail) implements HandoffEvent {

    public static final String TYPE = "CaseStatus";
    public static final String SIGNED = "SIGNED";
    public static final String ARCHIVED = "ARCHIVED";
    /** The Karo withdrew the case while it was in review. Final. */
    public static final String WITHDRAWN = "WITHDRAWN";
    /** The Karo closed the case at step 7: no correction is needed. Final. */
    public static final String CLOSED_NO_CORRECTION = "CLOSED_NO_CORRECTION";
    /** A step's description and, for a return, the officer's whole reason: room for both. */
    public static final int DETAIL = Limits.REASON + 200;
    /** The last step review-service reports; archive-service reports the steps after it. */
    private static final int LAST_REVIEW_STEP = 7;

    /**
     * The one service that reports this event: review-service its steps 5–7, the signature (SIGNED) and the outcomes
     * of a case in review (WITHDRAWN, CLOSED_NO_CORRECTION), archive-service its steps 8–10 and the filing (ARCHIVED);
     * null when step and status belong to different services, which no service sends.
     */
    public String sender() {
        String byStep = step == null ? null : step <= LAST_REVIEW_STEP ? Roles.REVIEW_SERVICE : Roles.ARCHIVE_SERVICE;
        String byStatus = SIGNED.equals(status) || WITHDRAWN.equals(status) || CLOSED_NO_CORRECTION.equals(status)
                ? Roles.REVIEW_SERVICE
                : ARCHIVED.equals(status) ? Roles.ARCHIVE_SERVICE : byStep;
        return byStep != null && byStep.equals(byStatus) ? byStep : null;
    }

    /** Told to the receiver for its record; no official waits for it (see {@link HandoffEvent#report()}). */
    @Override
    public boolean report() {
        return true;
    }
}
