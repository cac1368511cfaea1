package id.go.kalbarprov.sop.platform.event;

import id.go.kalbarprov.sop.platform.domain.Period;
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
 * request-service → review-service ({@code POST /api/v1/reviews}): the pelaksana submitted draft version
 * {@code version} of case {@code caseId} for review. {@code content} is the draft's canonical JSON text,
 * {@code contentHash} the SHA-256 hex of its UTF-8 bytes.
 */
@Schema(name = "ReceiveDraft")
public record DraftSubmitted(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "^" + TYPE + "$", message = "must be " + TYPE) String type,
        @NotNull UUID caseId,
        @NotNull @Min(1) @Max(Limits.VERSION) Integer version,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull Period period,
        @NotBlank @Size(max = Limits.DRAFT_CONTENT) String content,
        @NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "must be 64 hex digits (SHA-256)") String contentHash,
        @NotNull @Valid Officer submittedBy,
        @NotNull Instant submittedAt) implements HandoffEvent {

    public static final String TYPE = "DraftSubmitted";
}
