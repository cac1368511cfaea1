package id.go.kalbarprov.sop.platform.domain.achievement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Capaian — achievement in percent of an indicator's actual against its target, in exact decimals.
 * Either a value or the reason it cannot be computed; never infinity, never a guess for a blank.
 */
public record Achievement(BigDecimal percent, NotComputable reason) {

    /** Scale of a computed achievement: two decimals, half-up, as printed in performance reports. */
    public static final int SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public enum NotComputable {
        /** A target of 0: a ratio against it has no meaning. */
        TARGET_ZERO,
        /** Target or actual is blank; a blank is not zero. */
        VALUE_MISSING,
        /**
         * A negative actual where lower is better under {@link LowerIsBetterConvention#INVERSE_RATIO}: target / actual
         * would be a negative percent ("very poor") for a value that beats the target.
         */
        NEGATIVE_ACTUAL
    }

    public static Achievement of(Direction direction, BigDecimal target, BigDecimal actual,
                                 LowerIsBetterConvention convention) {
        if (target == null || actual == null || direction == null) {
            return new Achievement(null, NotComputable.VALUE_MISSING);
        }
        if (target.signum() == 0) {
            return new Achievement(null, NotComputable.TARGET_ZERO);
        }
        BigDecimal percent;
        if (direction == Direction.HIGHER_IS_BETTER) {
            percent = actual.multiply(HUNDRED).divide(target, PRECISION);
        } else if (convention == LowerIsBetterConvention.INVERSE_RATIO) {
            if (actual.signum() < 0) {
                return new Achievement(null, NotComputable.NEGATIVE_ACTUAL);
            }
            percent = actual.signum() == 0 ? HUNDRED : target.multiply(HUNDRED).divide(actual, PRECISION);
        } else {
            percent = target.multiply(BigDecimal.valueOf(2)).subtract(actual).multiply(HUNDRED).divide(target, PRECISION);
        }
        return new Achievement(percent.setScale(SCALE, RoundingMode.HALF_UP), null);
    }

    public boolean computable() {
        return percent != null;
    }

    /** The rating band in common use (unconfirmed as normative): 91–100 very good down to ≤ 50 very poor. */
    public String rating() {
        if (percent == null) {
            return null;
        }
        if (percent.compareTo(BigDecimal.valueOf(90)) > 0) {
            return "VERY_GOOD";
        }
        if (percent.compareTo(BigDecimal.valueOf(75)) > 0) {
            return "GOOD";
        }
        if (percent.compareTo(BigDecimal.valueOf(65)) > 0) {
            return "FAIR";
        }
        if (percent.compareTo(BigDecimal.valueOf(50)) > 0) {
            return "POOR";
        }
        return "VERY_POOR";
    }
}
