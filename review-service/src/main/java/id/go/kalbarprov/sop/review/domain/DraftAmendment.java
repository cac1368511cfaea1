package id.go.kalbarprov.sop.review.domain;

import id.go.kalbarprov.sop.platform.domain.achievement.Decimals;
import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a reviewer may correct in a draft, and nothing else: per row (addressed by its {@code rowId} and its unit) the
 * target, the corrected actual, the row's reason and a reviewer's note; and the draft's notes and conclusion. Identity
 * fields stay as they are; the achievements of every row are recomputed by {@link DraftFigures} under the convention
 * the draft was computed with, so a corrected value never sits next to a stale achievement.
 *
 * <p>A null value leaves the field as it is; blank text clears a note.
 */
public final class DraftAmendment {

    /** The corrections to one row. */
    public record RowCorrection(String rowId, String unitCode, BigDecimal target, BigDecimal actualCorrected,
                                String reason, String reviewerNote) {
    }

    /** The amendment cannot be applied: {@code field} names what is wrong (null for the content as a whole). */
    public static final class Refusal extends RuntimeException {
        private final String field;
        private final String key;
        private final transient Object[] args;

        Refusal(String field, String key, Object... args) {
            super(key + (field == null ? "" : " at " + field));
            this.field = field;
            this.key = key;
            this.args = args;
        }

        public String field() {
            return field;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private DraftAmendment() {
    }

    /** The content after the corrections, as a new tree; {@code content} itself is not changed. */
    public static Map<String, Object> apply(Map<String, Object> content, List<RowCorrection> corrections,
                                            String notes, String conclusion) {
        Map<String, Object> amended = copy(content);
        LowerIsBetterConvention convention = DraftFigures.convention(amended);
        if (convention == null || !(amended.get("rows") instanceof List<?>)) {
            throw new Refusal(null, "content-not-amendable");
        }
        List<Map<String, Object>> rows = rows(amended);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < corrections.size(); i++) {
            RowCorrection correction = corrections.get(i);
            String at = "rows[" + i + "]";
            if (!seen.add(correction.rowId())) {
                throw new Refusal(at + ".rowId", "amendment-row-twice", correction.rowId());
            }
            Map<String, Object> row = rows.stream().filter(r -> correction.rowId().equals(r.get("rowId")))
                    .findFirst().orElseThrow(() -> new Refusal(at + ".rowId", "amendment-row-unknown",
                            correction.rowId()));
            if (!Objects.equals(row.get("unitCode"), correction.unitCode())) {
                throw new Refusal(at + ".unitCode", "amendment-identity-field", "unitCode", row.get("unitCode"));
            }
            if (correction.target() != null) {
                row.put(DraftFigures.TARGET, Decimals.text(correction.target()));
            }
            if (correction.actualCorrected() != null) {
                row.put(DraftFigures.ACTUAL_CORRECTED, Decimals.text(correction.actualCorrected()));
            }
            putText(row, DraftFigures.REASON, correction.reason());
            putText(row, DraftFigures.REVIEWER_NOTE, correction.reviewerNote());
        }
        rows.forEach(row -> DraftFigures.recompute(row, convention));
        putText(amended, "notes", notes);
        putText(amended, "conclusion", conclusion);
        return amended;
    }

    private static void putText(Map<String, Object> target, String field, String text) {
        if (text != null) {
            target.put(field, text.isBlank() ? null : text.strip());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> content) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row : (List<Object>) content.get("rows")) {
            if (!(row instanceof Map<?, ?>)) {
                throw new Refusal(null, "content-not-amendable");
            }
            rows.add((Map<String, Object>) row);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }
}
