package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.achievement.Achievement;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a corrected row differs from what was reported: achievement before and after, whether anything changed,
 * and whether the change is outsized (the actual moved by more than the threshold, in percent of the reported value).
 */
public record RowChange(Achievement before, Achievement after, BigDecimal changePercent, boolean unchanged,
                        boolean outsized) {

    public static RowChange of(Direction direction, BigDecimal target, BigDecimal reported, BigDecimal corrected,
                               LowerIsBetterConvention convention, BigDecimal outsizedThresholdPercent) {
        Achievement before = Achievement.of(direction, target, reported, convention);
        Achievement after = Achievement.of(direction, target, corrected, convention);
        boolean unchanged = reported == null ? corrected == null
                : corrected != null && reported.compareTo(corrected) == 0;
        BigDecimal changePercent = null;
        boolean outsized = false;
        if (reported != null && corrected != null) {
            if (reported.signum() != 0) {
                changePercent = corrected.subtract(reported).multiply(BigDecimal.valueOf(100))
                        .divide(reported.abs(), MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
                outsized = changePercent.abs().compareTo(outsizedThresholdPercent) > 0;
            } else {
                outsized = corrected.signum() != 0;
            }
        }
        return new RowChange(before, after, changePercent, unchanged, outsized);
    }
}
