package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.Decimals;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One indicator (Indikator Kinerja) of a unit's performance agreement (Perjanjian Kinerja) for a year: what a
 * submission's row takes its name, unit of measure, direction, convention and target from.
 *
 * @param convention    only for a lower-is-better indicator; null there means the service's configured convention
 * @param target        the annual target
 * @param periodTargets targets per quarter; a period without one falls back to the annual target
 */
public record AgreementIndicator(String code, String name, String unitOfMeasure, Direction direction,
                                 LowerIsBetterConvention convention, String strategicGoal, BigDecimal target,
                                 Map<Period, BigDecimal> periodTargets) {

    /** Characters of an indicator's code and of its unit of measure (the columns' width). */
    public static final int CODE = 50;
    /** Characters of an indicator's name and of its strategic goal (the columns' width). */
    public static final int NAME = 500;
    /** The indicators of one agreement, and so the rows of one submission. */
    public static final int PER_AGREEMENT = 500;

    public AgreementIndicator {
        periodTargets = periodTargets == null || periodTargets.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(periodTargets));
    }

    /** The same indicator with decimals as people write them, to compare two agreements by what they say. */
    public AgreementIndicator normalized() {
        Map<Period, BigDecimal> periods = new EnumMap<>(Period.class);
        periodTargets.forEach((period, value) -> periods.put(period, Decimals.plain(value)));
        return new AgreementIndicator(code, name, unitOfMeasure, direction, convention, strategicGoal,
                Decimals.plain(target), periods);
    }

    /** The target for a case's period: the period's own, else the annual one. */
    public BigDecimal targetFor(Period period) {
        BigDecimal own = periodTargets.get(period);
        return own != null ? own : target;
    }

    /** The convention a lower-is-better row is computed under: the indicator's, else {@code fallback}; null otherwise. */
    public LowerIsBetterConvention conventionOr(LowerIsBetterConvention fallback) {
        if (direction != Direction.LOWER_IS_BETTER) {
            return null;
        }
        return convention != null ? convention : fallback;
    }
}
