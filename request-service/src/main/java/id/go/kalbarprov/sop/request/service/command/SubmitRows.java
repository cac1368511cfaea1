package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.json.StrictJson;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.Period;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit submits corrected indicator rows for its own unit. Each row names an indicator of the unit's performance
 * agreement for the case's year, which gives its name, unit of measure, direction, convention and target; the unit
 * sends the actuals and, if the target itself was wrong, a corrected target with its reason. Numbers may be JSON
 * numbers or Indonesian text ("1.234,5").
 */
public record SubmitRows(
        @Size(max = 50) @Schema(description = "Optional; must equal the caller's unit claim") String unitCode,
        @Size(max = 2000) String note,
        @Size(max = 100) @Schema(description = "The number of the unit's covering letter, if it sent one",
                example = "800/123/DINKES/2026")
        String letterNumber,
        @Schema(description = "The date of the unit's covering letter") LocalDate letterDate,
        @Min(0) @Max(10_000) @Schema(description = "Attachments sent with the reply") Integer attachments,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Row> rows) {

    public record Row(
            @NotBlank @Size(max = 50) @Schema(description = "An indicator of the unit's agreement for the case's year",
                    example = "IKU-1") String indicatorCode,
            @Size(max = 500) @Schema(description = "Optional; if sent, must be the agreement's") String indicatorName,
            @Size(max = 500) @Schema(description = "Optional; if sent, must be the agreement's") String strategicGoal,
            @Min(2000) @Max(2100) @Schema(description = "Optional; if sent, must be the case's year") Integer year,
            @Schema(description = "Optional; if sent, must be the case's period") Period period,
            @Size(max = 50) @Schema(description = "Optional; if sent, must be the agreement's") String unitOfMeasure,
            @Schema(description = "Optional; if sent, must be the agreement's") Direction direction,
            @Schema(type = SchemaType.STRING, format = "indonesian-decimal", maxLength = StrictJson.DECIMAL_TEXT, example = "85,5",
                    description = "Optional; if sent, must be the agreement's target for the case's period")
            BigDecimal target,
            @Schema(type = SchemaType.STRING, format = "indonesian-decimal", maxLength = StrictJson.DECIMAL_TEXT, example = "90",
                    description = "A corrected target, only with targetCorrectionReason; achievements use it")
            BigDecimal targetCorrected,
            @Size(max = 2000) @Schema(description = "Why the agreement's target is corrected; only with targetCorrected")
            String targetCorrectionReason,
            @Schema(type = SchemaType.STRING, format = "indonesian-decimal", maxLength = StrictJson.DECIMAL_TEXT, example = "80") BigDecimal actualReported,
            @Schema(type = SchemaType.STRING, format = "indonesian-decimal", maxLength = StrictJson.DECIMAL_TEXT, example = "83,25") BigDecimal actualCorrected,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = 500) String dataSource,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs) {
    }
}
