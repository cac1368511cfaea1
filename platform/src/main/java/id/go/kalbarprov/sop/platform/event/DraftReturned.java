package id.go.kalbarprov.sop.platform.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * review-service → request-service ({@code POST /api/v1/cases/{caseId}/returns}): the Kasubbag (level 5) returned
 * the draft version to the pelaksana for revision.
 */
@Schema(name = "ReturnDraft")
public record DraftReturned(
        @NotNull UUID eventId,
        @Pattern(regexp = TYPE, message = "must be " + TYPE) String type,
        @NotNull @Min(1) Integer version,
        @NotBlank @Size(max = Limits.REASON) String reason,
        @NotNull @Valid Officer returnedBy) implements HandoffEvent {

    public static final String TYPE = "DraftReturned";
}
