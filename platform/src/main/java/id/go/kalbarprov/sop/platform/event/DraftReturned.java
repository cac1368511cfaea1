package id.go.kalbarprov.sop.platform.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * review-service → request-service ({@code POST /api/v1/cases/{caseId}/returns}): the Kasubbag (level 5) returned
 * draft version {@code version} to the pelaksana for revision. It carries the review's current version as reviewed
 * (with what levels 5 and 6 amended): review-service's number for it, its canonical JSON {@code content} and the
 * SHA-256 hex {@code contentHash} of that text's UTF-8 bytes. The pelaksana revises from it.
 */
@Schema(name = "ReturnDraft")
public record DraftReturned(
        @NotNull UUID eventId,
        @Pattern(regexp = "^" + TYPE + "$", message = "must be " + TYPE) String type,
        @NotNull @Min(1) Integer version,
        @NotBlank @Size(max = Limits.REASON) String reason,
        @NotNull @Valid Officer returnedBy,
        @NotNull @Min(1) @Max(Limits.VERSION) Integer reviewedVersion,
        @NotBlank @Size(max = Limits.DRAFT_CONTENT) String content,
        @NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "must be 64 hex digits (SHA-256)")
        String contentHash) implements HandoffEvent {

    public static final String TYPE = "DraftReturned";
}
