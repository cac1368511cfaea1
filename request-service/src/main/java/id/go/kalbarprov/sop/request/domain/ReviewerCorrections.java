package id.go.kalbarprov.sop.request.domain;

import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the reviewers corrected in the rows of a case's drafts, round after round, so that a revision keeps it.
 *
 * <p>The rule: for each return, a row field a reviewer may correct ({@link DraftFigures#CORRECTABLE}) that differs
 * between the version the pelaksana submitted and the version as reviewed is a reviewer's correction; a later round's
 * correction of the same field replaces an earlier one. When the pelaksana submits again, every correction is written
 * over the row composed from the units' rows, even when a unit has since changed that row: the reviewer's value wins
 * for the fields the reviewer corrected, the units' data for every other field. A row is the same row when it has the
 * same {@code rowId}, or (after a unit resubmitted its rows) the same unit and indicator code.
 */
public final class ReviewerCorrections {

    private final Map<String, Map<String, Object>> byRowId = new HashMap<>();
    private final Map<String, Map<String, Object>> byIndicator = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** Adds the corrections of one round: {@code submitted} as the pelaksana sent it, {@code reviewed} as returned. */
    public ReviewerCorrections add(Map<String, Object> submitted, Map<String, Object> reviewed) {
        Map<String, Map<String, Object>> before = new HashMap<>();
        rows(submitted).forEach(row -> before.put(String.valueOf(row.get("rowId")), row));
        Set<String> seen = new HashSet<>();
        rows(reviewed).stream().map(ReviewerCorrections::indicator).filter(key -> !seen.add(key))
                .forEach(ambiguous::add);
        for (Map<String, Object> after : rows(reviewed)) {
            Map<String, Object> was = before.get(String.valueOf(after.get("rowId")));
            if (was == null) {
                continue;
            }
            Map<String, Object> changed = new LinkedHashMap<>();
            for (String field : DraftFigures.CORRECTABLE) {
                if (!Objects.equals(was.get(field), after.get(field))) {
                    changed.put(field, after.get(field));
                }
            }
            if (!changed.isEmpty()) {
                byRowId.computeIfAbsent(String.valueOf(after.get("rowId")), k -> new LinkedHashMap<>())
                        .putAll(changed);
                byIndicator.computeIfAbsent(indicator(after), k -> new LinkedHashMap<>()).putAll(changed);
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return byRowId.isEmpty();
    }

    /** Writes the corrections over the rows of a freshly composed content and recomputes their figures. */
    public void applyTo(Map<String, Object> content, LowerIsBetterConvention convention) {
        for (Map<String, Object> row : rows(content)) {
            Map<String, Object> corrected = byRowId.get(String.valueOf(row.get("rowId")));
            if (corrected == null && !ambiguous.contains(indicator(row))) {
                corrected = byIndicator.get(indicator(row));
            }
            if (corrected != null) {
                row.putAll(corrected);
                DraftFigures.recompute(row, convention);
            }
        }
    }

    private static String indicator(Map<String, Object> row) {
        return row.get("unitCode") + "\n" + row.get("indicatorCode");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> content) {
        return content.get("rows") instanceof List<?> rows
                ? rows.stream().filter(Map.class::isInstance).map(r -> (Map<String, Object>) r).toList()
                : List.of();
    }
}
