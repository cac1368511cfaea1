package id.go.kalbarprov.sop.request.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.domain.achievement.Achievement;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Step 4's analysis of the collected rows. */
public record Analysis(UUID caseId, LowerIsBetterConvention lowerIsBetterConvention,
                       BigDecimal outsizedChangePercent,
                       @Schema(maxItems = Limits.TARGET_UNITS) List<@Size(max = Limits.UNIT_CODE) String> targetUnits,
                       @Schema(maxItems = Limits.TARGET_UNITS) List<@Size(max = Limits.UNIT_CODE) String> missingUnits,
                       int rowCount, int unchangedCount, int outsizedCount, int notComputableCount,
                       @Schema(maxItems = Limits.TARGET_UNITS * AgreementIndicator.PER_AGREEMENT,
                               description = "The rows of the target units' current replies")
                       List<Row> rows) {

    /**
     * A row as analysed: {@code target} is the one its achievements are computed against — the unit's
     * {@code targetCorrected} (with its reason) if it gave one, else {@code agreementTarget}, the performance
     * agreement's for the case's period; {@code lowerIsBetterConvention} is the one a lower-is-better row is computed
     * under (its indicator's, else the configured one).
     */
    public record Row(UUID rowId, UUID submissionId, @Schema(maxLength = Limits.UNIT_CODE) String unitCode, int revision, int lineNo,
                      @Schema(maxLength = 50) String indicatorCode, @Schema(maxLength = 500) String indicatorName, @Schema(maxLength = 500) String strategicGoal, int year, Period period,
                      @Schema(maxLength = 50) String unitOfMeasure, Direction direction, LowerIsBetterConvention lowerIsBetterConvention,
                      BigDecimal target, BigDecimal agreementTarget, BigDecimal targetCorrected,
                      @Schema(maxLength = Limits.REASON) String targetCorrectionReason, BigDecimal actualReported,
                      BigDecimal actualCorrected, AchievementView achievementBefore, AchievementView achievementAfter,
                      BigDecimal changePercent, boolean unchanged, boolean outsized, @Schema(maxLength = Limits.REASON) String reason,
                      @Schema(maxLength = 500) String dataSource, @Schema(maxItems = 50) List<@Size(max = 500) String> evidenceRefs) {
    }

    /** An achievement as shown: the percent and its rating, or why it cannot be computed. */
    public record AchievementView(BigDecimal percent,
                                  @Schema(enumeration = {"VERY_GOOD", "GOOD", "FAIR", "POOR", "VERY_POOR"}) String rating, Achievement.NotComputable notComputable) {
        public static AchievementView of(Achievement a) {
            return new AchievementView(a.percent(), a.rating(), a.reason());
        }
    }
}
