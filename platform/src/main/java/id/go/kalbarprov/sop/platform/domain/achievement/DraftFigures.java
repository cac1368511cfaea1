package id.go.kalbarprov.sop.platform.domain.achievement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The computed figures of a row of a draft's content: achievement before (on the reported actual) and after (on the
 * corrected actual), each with its rating band or the reason it is not computable. request-service writes them when
 * it composes a version and review-service rewrites them after every amendment, both here, by {@link Achievement}.
 */
public final class DraftFigures {

    public static final String DIRECTION = "direction";
    public static final String TARGET = "target";
    public static final String ACTUAL_REPORTED = "actualReported";
    public static final String ACTUAL_CORRECTED = "actualCorrected";
    /**
     * The content's field naming the lower-is-better convention the draft was computed with; a row may name its own
     * (its indicator's, from the performance agreement), which then applies to that row.
     */
    public static final String CONVENTION = "lowerIsBetterConvention";

    /** A row's note by a reviewer (written by review-service's amendments, carried by request-service). */
    public static final String REVIEWER_NOTE = "reviewerNote";
    /** The row's reason for the correction, as the unit gave it or a reviewer corrected it. */
    public static final String REASON = "reason";

    /** What a reviewer may correct in a row; everything else in it is identity, a unit's fact or computed. */
    public static final List<String> CORRECTABLE = List.of(TARGET, ACTUAL_CORRECTED, REASON, REVIEWER_NOTE);

    /** Fields of a row that are always computed from its values, never written by a person. */
    public static final Set<String> COMPUTED = Set.of("achievementBefore", "achievementBeforeNotComputable",
            "achievementBeforeRating", "achievementAfter", "achievementAfterNotComputable", "achievementAfterRating");

    private DraftFigures() {
    }

    /**
     * Writes both achievements into the row. A null achievement carries its reason (TARGET_ZERO, VALUE_MISSING,
     * NEGATIVE_ACTUAL) into every version and the signed text: "not computable" is said, never left a bare null.
     */
    public static void put(Map<String, Object> row, Achievement before, Achievement after) {
        row.put("achievementBefore", Decimals.text(before.percent()));
        row.put("achievementBeforeNotComputable", before.reason() == null ? null : before.reason().name());
        row.put("achievementBeforeRating", before.rating());
        row.put("achievementAfter", Decimals.text(after.percent()));
        row.put("achievementAfterNotComputable", after.reason() == null ? null : after.reason().name());
        row.put("achievementAfterRating", after.rating());
    }

    /**
     * Recomputes the row's figures from its own direction, target and actuals under the row's own convention where it
     * names one (its indicator's in the performance agreement), else the draft's.
     */
    public static void recompute(Map<String, Object> row, LowerIsBetterConvention convention) {
        Direction direction = direction(row.get(DIRECTION));
        BigDecimal target = decimal(row.get(TARGET));
        LowerIsBetterConvention own = convention(row);
        LowerIsBetterConvention applied = own != null ? own : convention;
        put(row, Achievement.of(direction, target, decimal(row.get(ACTUAL_REPORTED)), applied),
                Achievement.of(direction, target, decimal(row.get(ACTUAL_CORRECTED)), applied));
    }

    /** The convention a content (or a row) names, or null when it names none (or one this code does not know). */
    public static LowerIsBetterConvention convention(Map<String, Object> content) {
        Object name = content.get(CONVENTION);
        for (LowerIsBetterConvention c : LowerIsBetterConvention.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static Direction direction(Object value) {
        for (Direction d : Direction.values()) {
            if (d.name().equals(value)) {
                return d;
            }
        }
        return null;
    }

    /** A value of the content: plain decimal text as {@link Decimals#text} writes it, or a JSON number. */
    public static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
