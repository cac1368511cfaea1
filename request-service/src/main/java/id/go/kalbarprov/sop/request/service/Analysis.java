package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.achievement.Achievement;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.platform.domain.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Step 4's analysis of the collected rows. */
public record Analysis(UUID caseId, LowerIsBetterConvention lowerIsBetterConvention,
                       BigDecimal outsizedChangePercent, List<String> targetUnits, List<String> missingUnits,
                       int rowCount, int unchangedCount, int outsizedCount, int notComputableCount,
                       List<Row> rows) {

    public record Row(UUID rowId, UUID submissionId, String unitCode, int revision, int lineNo,
                      String indicatorCode, String indicatorName, String strategicGoal, int year, Period period,
                      String unitOfMeasure, Direction direction, BigDecimal target, BigDecimal actualReported,
                      BigDecimal actualCorrected, AchievementView achievementBefore, AchievementView achievementAfter,
                      BigDecimal changePercent, boolean unchanged, boolean outsized, String reason,
                      String dataSource, List<String> evidenceRefs) {
    }

    /** An achievement as shown: the percent and its rating, or why it cannot be computed. */
    public record AchievementView(BigDecimal percent, String rating, Achievement.NotComputable notComputable) {
        public static AchievementView of(Achievement a) {
            return new AchievementView(a.percent(), a.rating(), a.reason());
        }
    }
}
