package id.go.kalbarprov.sop.request.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which rows the working draft holds after a unit resubmitted while collection was reopened for it. A row of the
 * unit's earlier submission in the draft is replaced by the new row of the same indicator (dropped when the unit no
 * longer submits that indicator); an indicator the unit did not submit before is added; the pelaksana's choice of the
 * other rows (and of leaving an indicator out) stands.
 */
public final class DraftRows {

    private DraftRows() {
    }

    /**
     * @param draftRows  the draft's rows, in order
     * @param replaced   the unit's earlier rows: row id to indicator code
     * @param resubmitted the unit's new rows in their order: indicator code to row id
     */
    public static List<UUID> afterResubmission(List<UUID> draftRows, Map<UUID, String> replaced,
                                               Map<String, UUID> resubmitted) {
        Set<UUID> result = new LinkedHashSet<>();
        for (UUID id : draftRows) {
            String indicator = replaced.get(id);
            if (indicator == null) {
                result.add(id);
            } else if (resubmitted.containsKey(indicator)) {
                result.add(resubmitted.get(indicator));
            }
        }
        Set<String> before = new HashSet<>(replaced.values());
        resubmitted.forEach((indicator, id) -> {
            if (!before.contains(indicator)) {
                result.add(id);
            }
        });
        return new ArrayList<>(result);
    }
}
