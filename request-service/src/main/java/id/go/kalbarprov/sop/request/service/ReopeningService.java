package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.ReopeningEntity;
import id.go.kalbarprov.sop.request.service.command.ReopenCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Kabag reopens collection for one unit after forwarding (FORWARDED, DRAFTING or REVISION): only that unit may
 * then submit; its revised rows supersede its earlier ones; the Kabag forwards again and the case resumes where it was.
 */
@ApplicationScoped
public class ReopeningService {

    /** The reopenings one case may have. */
    public static final int PER_CASE = 1000;

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    MemoService memos;

    @Inject
    EntityManager em;

    @Transactional
    public Reopened reopen(UUID caseId, Integer expectedVersion, ReopenCollection command, Caller kabag) {
        CaseEntity c = access.forChange(caseId, expectedVersion);
        if (ReopeningEntity.count("caseId", caseId) >= PER_CASE) {
            throw ProblemException.rule("reopening-too-many", PER_CASE);
        }
        if (!c.addressedTo(command.unitCode())) {
            throw ProblemException.invalid("unitCode", "unit-not-addressed", command.unitCode());
        }
        Instant now = Instant.now();
        CaseState from = c.state;
        access.transition(c, CaseAction.REOPEN_COLLECTION, now);
        c.reopenedUnit = command.unitCode();
        c.resumeState = from;
        // The case's version bump first: a concurrent reopening fails here, before it takes a memo number.
        em.flush();

        ReopeningEntity reopening = new ReopeningEntity();
        reopening.id = UUID.randomUUID();
        reopening.caseId = caseId;
        reopening.unitCode = command.unitCode();
        reopening.reason = command.reason().strip();
        reopening.fromState = from;
        reopening.reopenedByUpn = kabag.upn();
        reopening.reopenedByNip = kabag.nip();
        reopening.reopenedByName = kabag.name();
        reopening.reopenedActing = kabag.acting();
        reopening.reopenedAt = now;
        MemoEntity reminder = null;
        if (Boolean.TRUE.equals(command.sendReminderMemo())) {
            reminder = memos.issueReminder(c, reopening.unitCode, reopening.reason, kabag, now);
            reopening.reminderMemoId = reminder.id;
        }
        reopening.persist();

        tasks.openForUnit(caseId, SopStep.RESUBMISSION, reopening.unitCode, now);
        timeline.record(caseId, 2, "COLLECTION_REOPENED", kabag, Roles.KABAG,
                "Collection reopened for " + reopening.unitCode + " (case was " + from + "): " + reopening.reason
                        + (reminder == null ? "" : " — reminder Nota Dinas " + reminder.number), now);
        return new Reopened(reopening, reminder);
    }

    /** The reopenings of a case the caller may see, oldest first; a unit sees only its own. */
    public List<Reopened> list(UUID caseId, Caller caller) {
        access.visible(caseId, caller);
        return ReopeningEntity.ofCase(caseId, caller.isUnitOnly() ? caller.unit() : null).stream()
                .map(r -> new Reopened(r, r.reminderMemoId == null ? null
                        : MemoEntity.<MemoEntity>findById(r.reminderMemoId)))
                .toList();
    }

    public record Reopened(ReopeningEntity reopening, MemoEntity reminder) {
    }
}
