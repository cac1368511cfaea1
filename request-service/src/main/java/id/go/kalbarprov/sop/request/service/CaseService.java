package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.domain.CaseWorkflow;
import id.go.kalbarprov.sop.request.persistence.ReopeningEntity;
import id.go.kalbarprov.sop.platform.domain.Nip;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.CaseEventEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import id.go.kalbarprov.sop.request.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.reference.RegisteredOfficer;
import id.go.kalbarprov.sop.platform.paging.CappedCount;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.paging.ValuePlans;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.ReadPolicy;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.command.AssignPelaksana;
import id.go.kalbarprov.sop.request.service.command.ForwardMaterial;
import id.go.kalbarprov.sop.request.service.command.OpenCase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Steps 1–3: opening a case with its disposition, forwarding the material, assigning the pelaksana. */
@ApplicationScoped
public class CaseService {

    /** The steps and the events a case's timeline lists (a case in ordinary use has a few dozen). */
    public static final int TIMELINE_ITEMS = 10_000;

    /** Western Indonesia Time: the bureau's calendar (West Kalimantan). */
    public static final ZoneId WIB = ZoneId.of("Asia/Pontianak");

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    AgendaBook agenda;

    @Inject
    UnitRegister units;

    @Inject
    OfficerRegister officers;

    @Inject
    CaseDeadlines deadlines;

    @Transactional
    public CaseEntity open(OpenCase command, Caller karo) {
        Instant now = Instant.now();
        if (command.dueDate().isBefore(LocalDate.now(WIB))) {
            throw ProblemException.invalid("dueDate", "due-date-past");
        }
        if (command.dueDate().isAfter(LocalDate.now(WIB).plusYears(5))) {
            throw ProblemException.invalid("dueDate", "due-date-far");
        }
        units.requireActive(command.targetUnits(), "targetUnits");
        Instant received = command.letter() != null && command.letter().receivedAt() != null
                ? command.letter().receivedAt() : now;
        if (received.isAfter(now.plusSeconds(60))) {
            throw ProblemException.invalid("letter.receivedAt", "received-in-future");
        }
        if (received.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
            throw ProblemException.invalid("letter.receivedAt", "received-too-early");
        }
        if (command.letter() != null && command.letter().date() != null
                && command.letter().date().isAfter(LocalDate.now(WIB))) {
            throw ProblemException.invalid("letter.date", "letter-date-future");
        }
        CaseEntity c = new CaseEntity();
        c.id = UUID.randomUUID();
        c.title = command.title().strip();
        c.year = command.year();
        c.period = command.period();
        c.reason = command.reason().strip();
        c.targetUnits = new LinkedHashSet<>(command.targetUnits()).toArray(String[]::new);
        c.dueDate = command.dueDate();
        c.instruction = command.instruction().strip();
        c.urgency = command.urgency().name();
        c.dispositionNote = command.note();
        if (command.letter() != null) {
            c.letterNumber = command.letter().number();
            c.letterDate = command.letter().date();
            c.letterFrom = command.letter().from();
            c.letterSubject = blankToNull(command.letter().subject());
        }
        c.letterReceivedAt = received;
        c.state = CaseState.OPEN;
        c.openedByUpn = karo.upn();
        c.openedByNip = karo.nip();
        c.openedByName = karo.name();
        c.openedActing = karo.acting();
        c.openedAt = now;
        c.updatedAt = now;
        c.persist();

        tasks.recordDone(c.id, SopStep.DISPOSITION, karo.upn(), received, now);
        tasks.open(c.id, SopStep.MEMO, null, now);
        timeline.record(c.id, 1, "DISPOSITION", karo, Roles.KARO,
                "Disposition to the Kabag: " + c.instruction, now);
        if (command.letter() != null) {
            agenda.register(c.id, agenda.document(c.id, "IncomingLetter", 1, AgendaDirection.IN, received)
                    .from(c.letterFrom).to("Karo Organisasi").numbered(c.letterNumber, c.letterDate)
                    .subject("Letter requesting the correction: " + c.title).remarks(c.reason));
        }
        // The disposition has no number of its own: it is dated the day the Karo gives it; the letter it answers
        // is named in the remarks.
        agenda.register(c.id, agenda.document(c.id, "Disposition", 1, AgendaDirection.INTERNAL, now)
                .from(AgendaBook.nameOf(karo)).to("Kabag Tatalaksana").subject("Disposition: " + c.title)
                .remarks(c.instruction + (c.letterNumber == null ? "" : " (letter " + c.letterNumber + ")")));
        return c;
    }

    @Transactional
    public CaseEntity forward(UUID caseId, Integer expectedVersion, ForwardMaterial command, Caller kabag) {
        CaseEntity c = access.forChange(caseId, expectedVersion);
        if (c.state == CaseState.REOPENED) {
            return forwardAgain(c, command, kabag);
        }
        access.transition(c, CaseAction.FORWARD, Instant.now());
        if (SubmissionEntity.count("caseId = ?1 and supersededAt is null", caseId) == 0) {
            throw ProblemException.rule("no-submissions");
        }
        tasks.complete(c.id, SopStep.FORWARD, kabag.upn(), c.updatedAt);
        tasks.open(c.id, SopStep.ASSIGNMENT, null, c.updatedAt);
        timeline.record(c.id, 2, "FORWARDED", kabag, Roles.KABAG,
                command == null || command.note() == null ? "Material forwarded to the Kasubbag" : command.note(),
                c.updatedAt);
        agenda.register(c.id, agenda.document(c.id, "ForwardedMaterial", 2, AgendaDirection.INTERNAL, c.updatedAt)
                .from(AgendaBook.nameOf(kabag)).to("Kasubbag TU")
                .attachments((int) SubmissionEntity.count("caseId = ?1 and supersededAt is null", caseId))
                .subject("Material for the correction: " + c.title).remarks(command == null ? null : command.note()));
        return c;
    }

    /**
     * Step 2 again after a reopening: the case resumes the state it was reopened from, the assigned pelaksana stays
     * assigned and the step that was waiting (assignment or the draft) becomes actionable again. Forwarding before the
     * unit answered needs a note saying why (the reopening is closed without its answer).
     */
    private CaseEntity forwardAgain(CaseEntity c, ForwardMaterial command, Caller kabag) {
        ReopeningEntity reopening = ReopeningEntity.openOf(c.id).orElseThrow();
        String note = command == null || command.note() == null || command.note().isBlank() ? null
                : command.note().strip();
        if (reopening.submissionId == null && note == null) {
            throw ProblemException.invalid("note", "forward-without-resubmission", reopening.unitCode);
        }
        Instant now = Instant.now();
        CaseState resumed = CaseWorkflow.resume(c.state, c.resumeState);
        access.transition(c, CaseAction.FORWARD, now);
        c.state = resumed;
        c.reopenedUnit = null;
        c.resumeState = null;
        reopening.closedAt = now;
        reopening.closedByUpn = kabag.upn();
        reopening.closingNote = note;
        tasks.complete(c.id, SopStep.RESUBMISSION, kabag.upn(), now);
        tasks.complete(c.id, SopStep.FORWARD, kabag.upn(), now);
        String assignee = c.assigneeUpn != null ? c.assigneeUpn : c.assigneeNip;
        tasks.restart(c.id, resumed == CaseState.FORWARDED ? SopStep.ASSIGNMENT : SopStep.DRAFT,
                resumed == CaseState.FORWARDED ? null : assignee, now);
        timeline.record(c.id, 2, "FORWARDED_AGAIN", kabag, Roles.KABAG,
                "Material forwarded again after " + reopening.unitCode
                        + (reopening.submissionId == null ? " did not resubmit" : " resubmitted")
                        + "; the case resumes " + resumed + (note == null ? "" : ": " + note), now);
        agenda.register(c.id, agenda.document(c.id, "ForwardedMaterial-" + reopening.id, 2,
                        AgendaDirection.INTERNAL, now)
                .from(AgendaBook.nameOf(kabag)).to(resumed == CaseState.FORWARDED ? "Kasubbag TU" : assignee)
                .attachments(reopening.submissionId == null ? 0 : 1)
                .subject("Revised material for the correction from " + reopening.unitCode + ": " + c.title)
                .remarks(note));
        return c;
    }

    @Transactional
    public CaseEntity assign(UUID caseId, Integer expectedVersion, AssignPelaksana command, Caller kasubbag) {
        if (blank(command.upn()) && blank(command.nip())) {
            throw ProblemException.invalid("upn", "assignee-required");
        }
        if (!blank(command.nip()) && !Nip.isValid(command.nip())) {
            throw ProblemException.invalid("nip", "invalid-nip");
        }
        CaseEntity c = access.forChange(caseId, expectedVersion);
        boolean reassignment = c.state != CaseState.FORWARDED;
        access.transition(c, CaseAction.ASSIGN, Instant.now());
        RegisteredOfficer pelaksana = officers.serving(blank(command.upn()) ? null : command.upn(),
                blank(command.nip()) ? null : command.nip(), Roles.PELAKSANA,
                LocalDate.ofInstant(c.updatedAt, WIB));
        c.assigneeUpn = pelaksana.upn();
        c.assigneeNip = pelaksana.nip();
        c.assigneeName = pelaksana.name();
        c.assigneePost = pelaksana.post();
        c.assignedAt = c.updatedAt;
        String assignee = c.assigneeUpn;
        if (reassignment) {
            tasks.reassign(c.id, SopStep.DRAFT, assignee);
        } else {
            tasks.complete(c.id, SopStep.ASSIGNMENT, kasubbag.upn(), c.updatedAt);
            tasks.open(c.id, SopStep.DRAFT, assignee, c.updatedAt);
        }
        timeline.record(c.id, 3, reassignment ? "REASSIGNED" : "ASSIGNED", kasubbag, Roles.KASUBBAG,
                "Pelaksana " + pelaksana.name() + " (" + assignee + ")" + (command.note() == null ? "" : ": " + command.note()), c.updatedAt);
        agenda.register(c.id, agenda.document(c.id, "Assignment-" + c.version, 3, AgendaDirection.INTERNAL,
                        c.updatedAt)
                .from(AgendaBook.nameOf(kasubbag)).to(pelaksana.name() + ", " + pelaksana.post())
                .subject("Order to compile the correction: " + c.title).remarks(command.note()));
        return c;
    }

    /**
     * Cases the caller may see, newest first, filtered. Units see only the cases addressed to them, a pelaksana only
     * the cases assigned to them (the same rule as {@link CaseAccess#visible}).
     */
    @Transactional
    public CasePage list(Caller caller, CaseState state, Integer year, Period period, String unit, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (caller.isUnitOnly()) {
            where.add("array_contains(targetUnits, :ownUnit)");
            params.and("ownUnit", caller.unit() == null ? "" : caller.unit());
        }
        if (caller.has(Roles.PELAKSANA) && !ReadPolicy.overseesEveryCase(caller)) {
            where.add("(assigneeUpn = :upn or assigneeNip = :nip)");
            params.and("upn", caller.upn() == null ? "-" : caller.upn())
                    .and("nip", caller.nip() == null ? "-" : caller.nip());
        }
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        if (year != null) {
            where.add("year = :year");
            params.and("year", year);
        }
        if (period != null) {
            where.add("period = :period");
            params.and("period", period);
        }
        if (unit != null) {
            // Cases in progress are a few thousand whatever the archive's size, the final ones are the bulk. A state
            // in progress narrows the cases by its index and each is checked for the unit (5 ms at 1M; the units' GIN
            // index would read all of a common unit's 49,000 cases first, 30 ms). Otherwise the GIN index finds the
            // unit's cases, and a unit with none is known absent at once (walking every archived case for it: 7-9 s).
            where.add(state != null && state.inProgress() ? "array_position(targetUnits, :unit) > 0"
                    : "array_contains(targetUnits, :unit)");
            params.and("unit", unit);
        }
        String condition = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        ValuePlans.forThisTransaction(CaseEntity.getEntityManager());
        int cap = unit == null ? Paged.TOTAL_CAP : Paged.SEARCH_TOTAL_CAP;
        long total = CappedCount.of(CaseEntity.class, condition, params.map(), cap);
        var found = CaseEntity.<CaseEntity>find(condition + " order by "
                + CappedCount.orderFor(total, cap, "openedAt desc, id"), params).page(Page.of(page, size));
        return new CasePage(found.list(), total, cap);
    }

    /** A page of cases and their count, exact up to {@code cap}. */
    public record CasePage(List<CaseEntity> items, long total, int cap) {
    }

    /** The case as the caller may see it, its step tasks in the order they became actionable, and its events. */
    public CaseTimeline timeline(UUID caseId, Caller caller) {
        CaseEntity c = access.visible(caseId, caller);
        List<TaskEntity> steps = TaskEntity.find("caseId = ?1 order by actionableAt, step", caseId)
                .range(0, TIMELINE_ITEMS).list();
        List<CaseEventEntity> events = CaseEventEntity.ofCase(caseId, TIMELINE_ITEMS + 1);
        boolean overdue = deadlines.overdue(List.of(c)).contains(c.id);
        boolean truncated = steps.size() > TIMELINE_ITEMS || events.size() > TIMELINE_ITEMS;
        return new CaseTimeline(c, steps.subList(0, Math.min(steps.size(), TIMELINE_ITEMS)),
                events.subList(0, Math.min(events.size(), TIMELINE_ITEMS)), overdue, truncated);
    }

    /**
     * {@code overdue}: the case is collecting past its due date with units that have not replied; {@code truncated}:
     * it has more steps or events than {@link #TIMELINE_ITEMS}.
     */
    public record CaseTimeline(CaseEntity theCase, List<TaskEntity> steps, List<CaseEventEntity> events,
                               boolean overdue, boolean truncated) {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
