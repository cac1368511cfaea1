package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.document.IndonesianDates;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.request.service.command.RemindLateUnits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    @Inject
    UnitRegister units;

    /** The case's deadline and its late units with the reminders each got, for a caller who may see the case. */
    public Overdue late(UUID caseId, Caller caller) {
        CaseEntity c = access.visible(caseId, caller);
        CaseDeadlines.Late late = deadlines.late(c);
        Map<String, UnitEntity> known = units.byCode(late.units());
        List<MemoEntity> sent = MemoEntity.lateRemindersOf(caseId);
        List<LateUnit> lateUnits = late.units().stream().map(code -> {
            List<MemoEntity> toUnit = sent.stream().filter(m -> List.of(m.addressees).contains(code)).toList();
            MemoEntity last = toUnit.isEmpty() ? null : toUnit.get(toUnit.size() - 1);
            UnitEntity unit = known.get(code);
            return new LateUnit(code, unit == null ? null : unit.name, unit == null ? null : unit.headPost,
                    toUnit.size(), last == null ? null : last.number, last == null ? null : last.issuedAt);
        }).toList();
        return new Overdue(c, late, lateUnits);
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

    /** A case with its deadline as judged now and its late units. */
    public record Overdue(CaseEntity c, CaseDeadlines.Late late, List<LateUnit> units) {
    }

    /** A unit late with its reply: its register name and post, and the reminders sent to it. */
    public record LateUnit(String code, String name, String headPost, int reminders, String lastReminderNumber,
                           Instant lastRemindedAt) {
    }
}
