package id.go.kalbarprov.sop.review.service.command;

import id.go.kalbarprov.sop.platform.json.StrictJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Reviews and corrects", made on top of version {@code baseVersion} (which must still be the current one): only what
 * a reviewer may correct, with an optional note on what was corrected and why. A field left out stays as it is; blank
 * text clears a note. Identity and computed fields (caseId, unitCode, indicator, achievements, compiledBy…) cannot be
 * sent: the achievements are recomputed.
 */
public record AmendDraft(
        @NotNull @Min(1) @Max(100000) Integer baseVersion,
        @Size(max = 5000) List<@Valid @NotNull Row> rows,
        @Size(max = 10000) String notes,
        @Size(max = 10000) String conclusion,
        @Size(max = 2000) String note) {

    /** The corrections to one row, addressed by its rowId and its unit as they stand in the draft. */
    public record Row(
            @NotNull UUID rowId,
            @NotBlank @Size(max = 50) String unitCode,
            @Schema(type = SchemaType.STRING, format = "indonesian-decimal", example = "85,5",
                    maxLength = StrictJson.DECIMAL_TEXT,
                    description = "A JSON number or Indonesian decimal text") BigDecimal target,
            @Schema(type = SchemaType.STRING, format = "indonesian-decimal", example = "83,25",
                    maxLength = StrictJson.DECIMAL_TEXT,
                    description = "A JSON number or Indonesian decimal text") BigDecimal actualCorrected,
            @Size(max = 2000) String reason,
            @Size(max = 2000) String reviewerNote) {
    }
}
