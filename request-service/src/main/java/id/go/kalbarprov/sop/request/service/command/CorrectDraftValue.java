package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.json.StrictJson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The assigned pelaksana corrects a value of one row in the draft (step 4) with a reason: the corrected actual, the
 * target, or both. Numbers may be JSON numbers or Indonesian text ("1.234,5").
 */
public record CorrectDraftValue(
        @NotNull @Schema(description = "A row of the working draft") UUID rowId,
        @Schema(type = SchemaType.STRING, format = "indonesian-decimal", maxLength = StrictJson.DECIMAL_TEXT, example = "92,5", description = "The corrected actual (realisasi)")
        BigDecimal actualCorrected,
        @Schema(type = SchemaType.STRING, format = "indonesian-decimal", maxLength = StrictJson.DECIMAL_TEXT, example = "100", description = "The corrected target")
        BigDecimal target,
        @NotBlank @Size(max = 2000) @Schema(description = "Why the pelaksana corrects the unit's value")
        String reason) {
}
