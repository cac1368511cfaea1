package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.achievement.Decimals;
import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pelaksana's correction of a value in one row of the draft (step 4): the corrected actual and/or target, with a
 * reason. Written over the row as the units' data and the reviewers' rounds left it, the unit's own values kept beside
 * ({@value #UNIT_TARGET}, {@value #UNIT_ACTUAL_CORRECTED}) with who corrected it and why, and the achievements
 * recomputed by the one rule ({@link DraftFigures}). It is bound to the row it corrected ({@code rowId}): when the unit
 * resubmits after a reopening, its new row is a new fact and the correction no longer applies to it.
 */
public record PelaksanaCorrection(String rowId, BigDecimal target, BigDecimal actualCorrected, BigDecimal unitTarget,
                                  BigDecimal unitActualCorrected, String reason, Map<String, Object> correctedBy,
                                  Instant at) {

    public static final String UNIT_TARGET = "unitTarget";
    public static final String UNIT_ACTUAL_CORRECTED = "unitActualCorrected";
    public static final String CORRECTED_BY = "correctedBy";
    public static final String CORRECTION_REASON = "correctionReason";
    public static final String CORRECTED_AT = "correctedAt";

    /** Writes the correction over its row of {@code content}, if the content has that row. */
    public void applyTo(Map<String, Object> content, LowerIsBetterConvention convention) {
        for (Map<String, Object> row : rows(content)) {
            if (rowId.equals(String.valueOf(row.get("rowId")))) {
                row.put(UNIT_TARGET, Decimals.text(unitTarget));
                row.put(UNIT_ACTUAL_CORRECTED, Decimals.text(unitActualCorrected));
                if (target != null) {
                    row.put(DraftFigures.TARGET, Decimals.text(target));
                }
                if (actualCorrected != null) {
                    row.put(DraftFigures.ACTUAL_CORRECTED, Decimals.text(actualCorrected));
                }
                row.put(CORRECTED_BY, new LinkedHashMap<>(correctedBy));
                row.put(CORRECTION_REASON, reason);
                row.put(CORRECTED_AT, at.toString());
                DraftFigures.recompute(row, convention);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> content) {
        return content.get("rows") instanceof List<?> rows
                ? rows.stream().filter(Map.class::isInstance).map(r -> (Map<String, Object>) r).toList()
                : List.of();
    }
}
