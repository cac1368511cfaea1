package id.go.kalbarprov.sop.review.service.command;

import id.go.kalbarprov.sop.review.domain.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * From request-service: the pelaksana submitted draft version {@code version} of case {@code caseId} for review.
 * {@code content} is the draft's canonical JSON text; {@code contentHash} the SHA-256 hex of its UTF-8 bytes.
 */
public record ReceiveDraft(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "DraftSubmitted", message = "must be DraftSubmitted") String type,
        @NotNull UUID caseId,
        @NotNull @Min(1) @Max(100000) Integer version,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull Period period,
        @NotBlank @Size(max = MAX_CONTENT) String content,
        @NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "must be 64 hex digits (SHA-256)") String contentHash,
        @NotNull @Valid Officer submittedBy,
        @NotNull Instant submittedAt) {

    /** Characters of canonical content a version may hold. */
    public static final int MAX_CONTENT = 1_000_000;

    /** An officer as the other services name one: login, NIP, name, and whether acting (Plh/Plt). */
    public record Officer(@NotBlank @Size(max = 100) String upn, @Size(max = 18) String nip,
                          @Size(max = 200) String name, boolean acting) {
    }
}
