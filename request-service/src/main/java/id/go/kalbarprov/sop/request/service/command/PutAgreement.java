package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.json.StrictJson;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole performance agreement of a unit for a year, as the admin states it; it becomes the next revision. */
public record PutAgreement(
        @NotBlank @Size(max = 2000) @Schema(description = "Why the agreement is (re)stated", example = "PK 2026 ditandatangani")
        String reason,
        @NotEmpty @Size(max = AgreementIndicator.PER_AGREEMENT) List<@Valid @NotNull Indicator> indicators) {

    public record Indicator(
            @NotBlank @Size(max = AgreementIndicator.CODE) @Schema(example = "IKU-1") String indicatorCode,
            @NotBlank @Size(max = AgreementIndicator.NAME) String indicatorName,
            @NotBlank @Size(max = AgreementIndicator.CODE) @Schema(example = "%") String unitOfMeasure,
            @NotNull Direction direction,
            @Schema(description = "Only for a lower-is-better indicator; absent: the service's configured convention")
            LowerIsBetterConvention lowerIsBetterConvention,
            @Size(max = AgreementIndicator.NAME) String strategicGoal,
            @NotNull @Schema(type = SchemaType.STRING, format = "indonesian-decimal", maxLength = StrictJson.DECIMAL_TEXT, example = "85,5", description = "The annual target") BigDecimal target,
            @Schema(description = "Targets per quarter (Q1..Q4); a period without one takes the annual target")
            Map<@NotNull Period, @NotNull BigDecimal> periodTargets) {

        public AgreementIndicator indicator() {
            return new AgreementIndicator(indicatorCode.strip(), indicatorName.strip(), unitOfMeasure.strip(),
                    direction, lowerIsBetterConvention, blankToNull(strategicGoal), target, periodTargets);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
