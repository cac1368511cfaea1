package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What makes a performance agreement's indicators acceptable, beyond each field's own limits. */
public final class AgreementRules {

    /** A broken rule: the indicator's index, the field, a message key and its arguments. */
    public record Issue(int index, String field, String key, Object... args) {
    }

    private AgreementRules() {
    }

    /** The broken rules of a whole agreement; empty when it may be stored. */
    public static List<Issue> check(List<AgreementIndicator> indicators) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            AgreementIndicator indicator = indicators.get(i);
            Integer first = seen.putIfAbsent(key(indicator.code()), i);
            if (first != null) {
                issues.add(new Issue(i, "indicatorCode", "agreement-indicator-twice", indicator.code(), first));
            }
            if (indicator.convention() != null && indicator.direction() != Direction.LOWER_IS_BETTER) {
                issues.add(new Issue(i, "lowerIsBetterConvention", "agreement-convention-not-lower"));
            }
            if (indicator.periodTargets().containsKey(Period.ANNUAL)) {
                issues.add(new Issue(i, "periodTargets", "agreement-period-annual"));
            }
        }
        return issues;
    }

    /** Indicator codes are compared without case and surrounding blanks: "iku-1 " is IKU-1. */
    public static String key(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /** A row as a unit sent it: what it names and what it claims about the indicator (null: not sent). */
    public record SentRow(String indicatorCode, String indicatorName, String strategicGoal, Integer year,
                          Period period, String unitOfMeasure, Direction direction, BigDecimal target,
                          BigDecimal targetCorrected, String targetCorrectionReason) {
    }

    /**
     * The broken rules of a unit's rows for a case of {@code year} and {@code period} against the unit's agreement
     * (its indicators by {@link #key(String) code}): a row of another year or period, an indicator twice, one not in
     * the agreement, a sent name, unit of measure, direction, strategic goal or target that is not the agreement's,
     * and a corrected target without its reason (or a reason without it).
     */
    public static List<Issue> checkRows(int year, Period period, Map<String, AgreementIndicator> agreed,
                                        List<SentRow> rows) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SentRow row = rows.get(i);
            if (row.year() != null && row.year() != year) {
                issues.add(new Issue(i, "year", "row-year-not-case", String.valueOf(row.year()),
                        String.valueOf(year)));
            }
            if (row.period() != null && row.period() != period) {
                issues.add(new Issue(i, "period", "row-period-not-case", row.period(), period));
            }
            Integer first = seen.putIfAbsent(key(row.indicatorCode()), i);
            if (first != null) {
                issues.add(new Issue(i, "indicatorCode", "row-indicator-twice", row.indicatorCode(),
                        "rows[" + first + "]"));
            }
            AgreementIndicator indicator = agreed.get(key(row.indicatorCode()));
            if (indicator == null) {
                issues.add(new Issue(i, "indicatorCode", "row-indicator-not-agreed", row.indicatorCode()));
            } else {
                contradiction(issues, i, "indicatorName", row.indicatorName(), indicator.name());
                contradiction(issues, i, "strategicGoal", row.strategicGoal(), indicator.strategicGoal());
                contradiction(issues, i, "unitOfMeasure", row.unitOfMeasure(), indicator.unitOfMeasure());
                if (row.direction() != null && row.direction() != indicator.direction()) {
                    issues.add(new Issue(i, "direction", "row-not-agreed", indicator.direction()));
                }
                BigDecimal target = indicator.targetFor(period);
                if (row.target() != null && row.target().compareTo(target) != 0) {
                    issues.add(new Issue(i, "target", "row-target-not-agreed",
                            Decimals.plain(target).toPlainString()));
                }
            }
            boolean reasoned = row.targetCorrectionReason() != null && !row.targetCorrectionReason().isBlank();
            if (row.targetCorrected() != null && !reasoned) {
                issues.add(new Issue(i, "targetCorrectionReason", "row-target-correction-reason"));
            } else if (row.targetCorrected() == null && reasoned) {
                issues.add(new Issue(i, "targetCorrected", "row-target-correction-missing"));
            }
        }
        return issues;
    }

    private static void contradiction(List<Issue> issues, int i, String field, String sent, String agreed) {
        if (sent != null && !sent.isBlank() && !sent.strip().equals(agreed)) {
            issues.add(new Issue(i, field, "row-not-agreed", agreed == null ? "(none)" : agreed));
        }
    }
}
