package id.go.kalbarprov.sop.platform.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * request-service → review-service ({@code POST /api/v1/reviews/case-withdrawals}): the Karo withdrew a case whose
 * draft review had returned to the pelaksana (request-service owned the case then). The review waiting for the
 * resubmission is closed as withdrawn. Applied once per event id; a review already withdrawn stays as it is.
 */
@Schema(name = "CaseWithdrawn")
public record CaseWithdrawn(
        @NotNull UUID eventId,
        @Pattern(regexp = "^" + TYPE + "$", message = "must be " + TYPE) String type,
        @NotNull UUID caseId,
        @NotNull @Min(1) @Max(Limits.VERSION) Integer draftVersion,
        @NotBlank @Size(max = Limits.REASON) String reason,
        @NotNull @Valid Officer withdrawnBy,
        @NotNull Instant at) implements HandoffEvent {

    public static final String TYPE = "CaseWithdrawn";
}
