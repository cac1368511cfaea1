package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.calendar.DueDates;
import id.go.kalbarprov.sop.platform.calendar.OfficeClock;
import id.go.kalbarprov.sop.platform.calendar.WorkingTime;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.domain.LateUnits;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The case's own deadline for the units' replies: its due date ends at the close of that office day (WIB; a closed day
 * runs to the close of the next working day, {@link DueDates}), and the units the case asked (by its Nota Dinas) that
 * have not replied by then are late.
 */
@ApplicationScoped
public class CaseDeadlines {

    @Inject
    WorkingTime workingTime;

    @Inject
    OfficeClock clock;

    /** The instant the case's due date ends for the units. */
    public Instant dueAt(CaseEntity c) {
        return DueDates.closeOfOfficeDay(workingTime.calendar(), c.dueDate);
    }

    public Instant now() {
        return clock.now();
    }

    /** The case's deadline as of now and the units late with their reply (none before the Nota Dinas is issued). */
    public Late late(CaseEntity c) {
        boolean asked = MemoEntity.forCase(c.id).isPresent();
        List<String> replied = SubmissionEntity.current(c.id).stream().map(s -> s.unitCode).toList();
        return late(c, asked, replied, now());
    }

    /**
     * Of several cases at once (an inbox page), those still collecting past their due date with units not replied: a
     * query for the memos and one for the replies, whatever the number of cases.
     */
    public Set<UUID> overdue(Collection<CaseEntity> cases) {
        List<UUID> collecting = cases.stream().filter(c -> c.state == CaseState.COLLECTING).map(c -> c.id).toList();
        if (collecting.isEmpty()) {
            return Set.of();
        }
        Set<UUID> asked = new HashSet<>(MemoEntity.requestedCases(collecting));
        Map<UUID, List<String>> replied = new HashMap<>();
        SubmissionEntity.currentOf(collecting).forEach(s ->
                replied.computeIfAbsent(s.caseId, id -> new java.util.ArrayList<>()).add(s.unitCode));
        Instant now = now();
        Set<UUID> overdue = new HashSet<>();
        for (CaseEntity c : cases) {
            if (collecting.contains(c.id)
                    && !late(c, asked.contains(c.id), replied.getOrDefault(c.id, List.of()), now).units().isEmpty()) {
                overdue.add(c.id);
            }
        }
        return overdue;
    }

    private Late late(CaseEntity c, boolean asked, List<String> replied, Instant now) {
        Instant dueAt = dueAt(c);
        List<String> late = asked ? LateUnits.of(List.of(c.targetUnits), replied, dueAt, now) : List.of();
        return new Late(dueAt, LateUnits.pastDue(dueAt, now), late, now);
    }

    /** The deadline, whether it has passed, the late units in the case's order, and the instant it was judged at. */
    public record Late(Instant dueAt, boolean pastDue, List<String> units, Instant at) {
    }
}
