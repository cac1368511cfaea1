package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.domain.LateUnits;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The case's own deadline for the units' replies: its due date ends at the close of that office day (WIB), and the
 * units the case asked (by its Nota Dinas) that have not replied by then are late.
 */
@ApplicationScoped
public class CaseDeadlines {

    /** The instant the case's due date ends for the units. */
    public Instant dueAt(LocalDate dueDate) {
        // TODO(issue 15): the close of the office day from the working calendar once it lands on main.
        return dueDate.plusDays(1).atStartOfDay(CaseService.WIB).toInstant();
    }

    public Instant now() {
        return Instant.now();
    }

    /** The case's deadline as of now and the units late with their reply (none before the Nota Dinas is issued). */
    public Late late(CaseEntity c) {
        Instant dueAt = dueAt(c.dueDate);
        Instant now = now();
        boolean asked = MemoEntity.forCase(c.id).isPresent();
        List<String> replied = SubmissionEntity.current(c.id).stream().map(s -> s.unitCode).toList();
        List<String> late = asked ? LateUnits.of(List.of(c.targetUnits), replied, dueAt, now) : List.of();
        return new Late(dueAt, LateUnits.pastDue(dueAt, now), late, now);
    }

    /** The deadline, whether it has passed, the late units in the case's order, and the instant it was judged at. */
    public record Late(Instant dueAt, boolean pastDue, List<String> units, Instant at) {
    }
}
