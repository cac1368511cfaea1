package id.go.kalbarprov.sop.platform.event;

import id.go.kalbarprov.sop.platform.domain.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * review-service → archive-service ({@code POST /api/v1/signed-corrections}): the final version of the correction,
 * its content and its seals.
 */
@Schema(name = "SignedCorrection")
public record CorrectionSigned(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "^" + TYPE + "$") String type,
        @NotNull UUID caseId,
        @NotNull UUID reviewId,
        @NotNull @Min(1) @Max(Limits.VERSION) Integer version,
        @NotNull @Min(1) @Max(Limits.VERSION) Integer draftVersion,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull Period period,
        @NotNull @Size(min = 2, max = Limits.DRAFT_CONTENT) @Schema(description = "The signed version as canonical JSON text")
        String content,
        @NotNull @Pattern(regexp = Limits.SHA256) @Schema(description = "Lower-case hex SHA-256 of the UTF-8 bytes of content")
        String contentHash,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Seal> seals,
        @NotNull Instant signedAt) implements HandoffEvent {

    public static final String TYPE = "CorrectionSigned";

    /** A paraf (levels 5 and 6) or the signature (level 7): who, in what capacity, when, on which version. */
    public record Seal(
            @NotNull @Min(5) @Max(7) Integer level,
            @NotNull SealAct act,
            @NotBlank @Size(max = Limits.UPN) String upn,
            @Size(max = 30) String nip,
            @Size(max = Limits.NAME) String name,
            @Size(max = Limits.NAME) String post,
            Boolean acting,
            @NotNull Instant at,
            @NotNull @Min(1) @Max(Limits.VERSION) Integer version,
            @NotNull @Pattern(regexp = Limits.SHA256) String contentHash,
            @Size(max = 50) String algorithm,
            @Size(max = 200) String keyId,
            @Size(max = 10_000) String signature) {
    }
}
