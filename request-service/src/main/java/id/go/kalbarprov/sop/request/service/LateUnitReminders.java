package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.document.IndonesianDates;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.request.service.command.RemindLateUnits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Units late with their reply: who they are, and the Kabag's reminder Nota Dinas to them (numbered in the register of
 * every Nota Dinas, registered in the agenda book, on the case's timeline). Only while the case is collecting, and
 * only when a unit is late.
 */
@ApplicationScoped
public class LateUnitReminders {

    @Inject
    CaseAccess access;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    MemoService memos;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    /** The case's deadline and its late units, for a caller who may see the case. */
    public Overdue late(UUID caseId, Caller caller) {
        CaseEntity c = access.visible(caseId, caller);
        return new Overdue(c, deadlines.late(c));
    }

    @Transactional
    public MemoEntity remind(UUID caseId, Integer expectedVersion, RemindLateUnits command, Caller kabag) {
        LocalDate today = OfficeTime.dateOf(deadlines.now());
        if (command.replyBy().isBefore(today)) {
            throw ProblemException.invalid("replyBy", "reply-by-past");
        }
        if (command.replyBy().isAfter(today.plusYears(1))) {
            throw ProblemException.invalid("replyBy", "reply-by-far");
        }
        CaseEntity c = access.forChange(caseId, expectedVersion);
        CaseDeadlines.Late late = deadlines.late(c);
        Instant now = late.at();
        access.transition(c, CaseAction.REMIND_LATE_UNITS, now);
        if (late.units().isEmpty()) {
            throw new ProblemException(RequestProblem.NO_LATE_UNITS,
                    late.pastDue() ? "no-late-units" : "not-yet-due", IndonesianDates.dateTime(late.dueAt()))
                    .with("dueAt", late.dueAt().toString());
        }
        // The case's version bump first: a concurrent reminder fails here, before it takes a memo number.
        em.flush();
        MemoEntity memo = memos.issueLateReminder(c, late.units(), command.replyBy(), command.note(), kabag, now);
        timeline.record(caseId, 2, "LATE_UNITS_REMINDED", kabag, Roles.KABAG,
                "Reminder Nota Dinas " + memo.number + " to " + String.join(", ", late.units()) + " (due "
                        + c.dueDate + "), reply by " + command.replyBy(), now);
        return memo;
    }

    /** A case with its deadline as judged now. */
    public record Overdue(CaseEntity c, CaseDeadlines.Late late) {
    }
}
