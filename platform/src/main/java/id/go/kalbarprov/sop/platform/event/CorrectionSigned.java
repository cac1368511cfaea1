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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * review-service → archive-service ({@code POST /api/v1/signed-corrections}): the final version of the correction,
 * its content, its document number, and everything a verifier needs: the standing seals (paraf at 5 and 6, the
 * signature at 7) and the sealed amendments between the level-5 paraf and the signature, each with its signature
 * over its statement ({@code platform.seal.SealStatement}) by a key of review-service's keyring
 * ({@code GET /api/v1/seals/keys}); and the signed PDF itself with its SHA-256 and verification id, which the archive
 * files as the record's document.
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
        @NotEmpty @Size(max = Limits.SEALS) List<@NotNull @Valid Seal> seals,
        @NotNull @Size(max = Limits.AMENDMENTS)
        @Schema(description = "The sealed amendments after the level-5 paraf, oldest first")
        List<@NotNull @Valid Amendment> amendments,
        @NotBlank @Size(max = Limits.DOCUMENT_NUMBER)
        @Schema(description = "The number the correction was given when the Karo signed; the signature covers it",
                example = "000.8.6.3/7/ORG/2026")
        String documentNumber,
        @NotNull @Schema(description = "The document's date (WIB), covered by the signature") LocalDate documentDate,
        @NotNull Instant signedAt,
        @Pattern(regexp = Limits.VERIFICATION_ID)
        @Schema(description = "The random id of the document's public verification address (printed in its QR code)")
        String verificationId,
        @Pattern(regexp = Limits.SHA256) @Schema(description = "Lower-case hex SHA-256 of pdf")
        String pdfSha256,
        @Size(max = Limits.SIGNED_PDF)
        @Schema(description = "The signed PDF (PDF/A-2b with its PAdES signature) as the Karo signed it, base64",
                format = "byte")
        byte[] pdf) implements HandoffEvent {

    public static final String TYPE = "CorrectionSigned";

    /** A paraf (levels 5 and 6) or the signature (level 7): who, in what post and capacity, when, on which version. */
    public record Seal(
            @NotNull @Min(5) @Max(7) Integer level,
            @NotNull SealAct act,
            @NotNull UUID reviewId,
            @NotBlank @Size(max = Limits.UPN) String upn,
            @Size(max = Limits.NIP) String nip,
            @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.NAME) String post,
            @NotNull Boolean acting,
            @NotNull Instant at,
            @NotNull @Min(1) @Max(Limits.VERSION) Integer version,
            @NotNull @Pattern(regexp = Limits.SHA256) String contentHash,
            @NotBlank @Size(max = Limits.ALGORITHM) String algorithm,
            @NotBlank @Size(max = Limits.KEY_ID) String keyId,
            @NotBlank @Size(max = Limits.SIGNATURE) String signature) {
    }

    /** A sealed amendment: the level whose turn it was made a new version from a base version. */
    @Schema(name = "SealedAmendment")
    public record Amendment(
            @NotNull @Min(5) @Max(7) Integer level,
            @NotNull @Min(1) @Max(Limits.VERSION) Integer fromVersion,
            @NotNull @Pattern(regexp = Limits.SHA256) String fromHash,
            @NotNull @Min(1) @Max(Limits.VERSION) Integer toVersion,
            @NotNull @Pattern(regexp = Limits.SHA256) String toHash,
            @NotNull @Valid Officer officer,
            @NotBlank @Size(max = Limits.NAME) String post,
            @NotNull Instant at,
            @Size(max = Limits.REASON) String note,
            @Size(max = Limits.AMENDMENT_DIFF)
            @Schema(description = "What changed, as JSON text; absent when longer than the limit (kept in review-service)")
            String diff,
            @NotBlank @Size(max = Limits.ALGORITHM) String algorithm,
            @NotBlank @Size(max = Limits.KEY_ID) String keyId,
            @NotBlank @Size(max = Limits.SIGNATURE) String signature) {
    }
}
