package id.go.kalbarprov.sop.archive.service.command;

import id.go.kalbarprov.sop.archive.domain.Period;
import id.go.kalbarprov.sop.archive.domain.SealAct;
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

/** The CorrectionSigned event from review-service: the final version of the correction, its content and its seals. */
public record SignedCorrection(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "^CorrectionSigned$") String type,
        @NotNull UUID caseId,
        @NotNull UUID reviewId,
        @NotNull @Min(1) @Max(100000) Integer version,
        @NotNull @Min(1) @Max(100000) Integer draftVersion,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull Period period,
        @NotNull @Size(min = 2, max = 900_000) @Schema(description = "The signed version as canonical JSON text")
        String content,
        @NotNull @Pattern(regexp = SHA256) @Schema(description = "Lower-case hex SHA-256 of the UTF-8 bytes of content")
        String contentHash,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Seal> seals,
        @NotNull Instant signedAt) {

    public static final String SHA256 = "^[0-9a-f]{64}$";

    /** A paraf (levels 5 and 6) or the signature (level 7): who, in what capacity, when, on which version. */
    public record Seal(
            @NotNull @Min(5) @Max(7) Integer level,
            @NotNull SealAct act,
            @NotBlank @Size(max = 100) String upn,
            @Size(max = 30) String nip,
            @Size(max = 200) String name,
            @Size(max = 200) String post,
            Boolean acting,
            @NotNull Instant at,
            @NotNull @Min(1) @Max(100000) Integer version,
            @NotNull @Pattern(regexp = SHA256) String contentHash,
            @Size(max = 50) String algorithm,
            @Size(max = 200) String keyId,
            @Size(max = 10_000) String signature) {
    }
}
