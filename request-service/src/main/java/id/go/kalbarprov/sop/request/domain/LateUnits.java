package id.go.kalbarprov.sop.request.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Units late with their reply (terlambat): once the case's due date has passed (at {@code dueAt}, the close of the
 * office day of the due date), every unit the case is addressed to that has not submitted its corrected data. Before
 * the due date has passed no unit is late, however many have not yet replied.
 */
public final class LateUnits {

    private LateUnits() {
    }

    /** Whether the units' deadline has passed at {@code now}: strictly after {@code dueAt}. */
    public static boolean pastDue(Instant dueAt, Instant now) {
        return now.isAfter(dueAt);
    }

    /** The units of {@code targetUnits} without a reply, in the case's order; none before the deadline passes. */
    public static List<String> of(List<String> targetUnits, Collection<String> replied, Instant dueAt, Instant now) {
        if (!pastDue(dueAt, now)) {
            return List.of();
        }
        Set<String> answered = Set.copyOf(replied);
        return targetUnits.stream().filter(unit -> !answered.contains(unit)).distinct().toList();
    }
}
