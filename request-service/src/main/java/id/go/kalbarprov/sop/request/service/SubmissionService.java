package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.IndicatorRowEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.command.SubmitOnBehalf;
import id.go.kalbarprov.sop.request.service.command.SubmitRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Units' corrected rows: each unit for itself; a resubmission supersedes the earlier one, which stays readable. */
@ApplicationScoped
public class SubmissionService {

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    AgendaBook agenda;

    @Inject
    AttachmentService files;

    @Transactional
    public Submitted submit(UUID caseId, SubmitRows command, Caller unit) {
        if (unit.unit() == null || unit.unit().isBlank()) {
            throw ProblemException.forbidden("unit-claim-missing");
        }
        if (!unit.isUnitOnly()) {
            // An officer who also holds the unit role enters a paper reply on the unit's behalf, recorded as such.
            throw ProblemException.forbidden("unit-endpoint-for-units");
        }
        if (command.unitCode() != null && !command.unitCode().equals(unit.unit())) {
            throw new ProblemException(RequestProblem.OTHER_UNIT, "other-unit", unit.unit());
        }
        // Submissions to one case queue on its row: revisions stay gap-free and a forward cannot slip between.
        CaseEntity c = access.locked(caseId);
        if (!c.addressedTo(unit.unit())) {
            throw ProblemException.notFound("Case", caseId);
        }
        return record(c, command, unit.unit(), unit, Roles.UNIT, null, List.of());
    }

    /**
     * A unit's reply received on paper or by e-mail, entered by the pelaksana or the Kasubbag: the same rules and
     * rows as the unit's own submission, recorded as entered by them for the unit, with the reply letter's file.
     */
    @Transactional
    public Submitted submitOnBehalf(UUID caseId, SubmitOnBehalf command, Caller officer) {
        if (officer.isUnitOnly()) {
            throw ProblemException.forbidden("on-behalf-not-for-units");
        }
        CaseEntity c = files.caseForEntry(caseId, officer);
        if (!c.addressedTo(command.unitCode())) {
            throw ProblemException.invalid("unitCode", "on-behalf-unit-not-addressed", command.unitCode());
        }
        List<UUID> more = command.attachmentIds() == null ? List.of() : command.attachmentIds();
        if (more.contains(command.letterAttachmentId()) || new java.util.HashSet<>(more).size() != more.size()) {
            throw ProblemException.invalid("attachmentIds", "attachment-not-claimable", command.letterAttachmentId());
        }
        return record(c, command.asUnitReply(), command.unitCode(), officer, AttachmentService.roleOf(officer),
                command.letterAttachmentId(), more);
    }

    private Submitted record(CaseEntity c, SubmitRows command, String unitCode, Caller enteredBy, String role,
                             UUID letterFile, List<UUID> moreFiles) {
        UUID caseId = c.id;
        Instant now = Instant.now();
        if (command.letterDate() != null && command.letterDate().isAfter(OfficeTime.dateOf(now))) {
            throw ProblemException.invalid("letterDate", "letter-date-future");
        }
        access.transition(c, CaseAction.SUBMIT_UNIT_DATA, now);

        List<SubmissionEntity> earlier = SubmissionEntity.list(
                "caseId = ?1 and unitCode = ?2 and supersededAt is null", caseId, unitCode);
        earlier.forEach(s -> s.supersededAt = now);
        int revision = (int) SubmissionEntity.count("caseId = ?1 and unitCode = ?2", caseId, unitCode) + 1;

        SubmissionEntity submission = new SubmissionEntity();
        submission.id = UUID.randomUUID();
        submission.caseId = caseId;
        submission.unitCode = unitCode;
        submission.revision = revision;
        submission.submittedAt = now;
        submission.submittedByUpn = enteredBy.upn();
        submission.submittedByName = enteredBy.name();
        submission.enteredByRole = role;
        submission.onBehalf = letterFile != null;
        submission.note = command.note();
        submission.letterNumber = command.letterNumber() == null || command.letterNumber().isBlank()
                ? null : command.letterNumber().strip();
        submission.letterDate = command.letterDate();
        submission.attachments = command.attachments() == null ? 0 : command.attachments();
        submission.letterAttachmentId = letterFile;
        submission.persist();
        List<AttachmentEntity> attached = new java.util.ArrayList<>();
        if (letterFile != null) {
            attached.addAll(files.claim(caseId, submission, List.of(letterFile), "letterAttachmentId"));
            attached.addAll(files.claim(caseId, submission, moreFiles, "attachmentIds"));
        }

        List<IndicatorRowEntity> rows = new java.util.ArrayList<>();
        int line = 1;
        for (SubmitRows.Row in : command.rows()) {
            IndicatorRowEntity row = new IndicatorRowEntity();
            row.id = UUID.randomUUID();
            row.submissionId = submission.id;
            row.lineNo = line++;
            row.indicatorCode = in.indicatorCode().strip();
            row.indicatorName = in.indicatorName().strip();
            row.strategicGoal = in.strategicGoal();
            row.year = in.year();
            row.period = in.period();
            row.unitOfMeasure = in.unitOfMeasure().strip();
            row.direction = in.direction();
            row.target = in.target();
            row.actualReported = in.actualReported();
            row.actualCorrected = in.actualCorrected();
            row.reason = in.reason().strip();
            row.dataSource = in.dataSource();
            row.evidenceRefs = in.evidenceRefs() == null ? new String[0] : in.evidenceRefs().toArray(String[]::new);
            row.persist();
            rows.add(row);
        }
        // Step 2 (forwarding) is measured from when the material last grew.
        tasks.restart(caseId, SopStep.FORWARD, null, now);
        if (submission.onBehalf) {
            timeline.record(caseId, null, "UNIT_SUBMITTED_ON_BEHALF", enteredBy, role, "Reply of " + unitCode
                    + " entered by the " + role + " " + AgendaBook.nameOf(enteredBy) + " on its behalf, "
                    + SubmissionFacts.letter(submission) + ": " + rows.size() + " row(s), revision " + revision, now);
        } else {
            timeline.record(caseId, null, revision == 1 ? "UNIT_SUBMITTED" : "UNIT_RESUBMITTED", enteredBy,
                    Roles.UNIT, "Unit " + unitCode + " submitted " + rows.size() + " row(s), revision " + revision, now);
        }
        registerReply(c, submission, rows.size(), attached.size());
        return new Submitted(submission, rows, attached);
    }

    /**
     * The unit's reply to the Nota Dinas, dated by its covering letter if it sent one, else the day it came in. Its
     * attachments are the files that came with it and the enclosures that came on paper only.
     */
    private void registerReply(CaseEntity c, SubmissionEntity submission, int rows, int files) {
        agenda.register(c.id, agenda.document(c.id, "Reply-" + submission.unitCode + "-" + submission.revision, 2,
                        AgendaDirection.IN, submission.submittedAt)
                .from(submission.unitCode).to("Kabag Tatalaksana")
                .numbered(submission.letterNumber, submission.letterDate != null ? submission.letterDate
                        : OfficeTime.dateOf(submission.submittedAt))
                .attachments(submission.attachments + files)
                .subject("Corrected performance data from " + submission.unitCode + " (" + rows + " row(s), revision "
                        + submission.revision + "): " + c.title)
                .remarks(submission.onBehalf ? SubmissionFacts.enteredOnBehalf(submission)
                        + (submission.note == null ? "" : ". " + submission.note) : submission.note));
    }

    /** Submissions of a case the caller may see, earlier revisions included, with their rows; a unit sees its own. */
    public List<Submitted> list(UUID caseId, String unit, Caller caller) {
        access.visible(caseId, caller);
        List<SubmissionEntity> found = SubmissionEntity.all(caseId, caller.isUnitOnly() ? caller.unit() : unit);
        Map<UUID, List<IndicatorRowEntity>> rows = IndicatorRowEntity
                .ofSubmissions(found.stream().map(s -> s.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.submissionId));
        Map<UUID, List<AttachmentEntity>> attached = files.readableOf(AttachmentEntity
                .ofSubmissions(found.stream().map(s -> s.id).toList()), caller).stream()
                .collect(Collectors.groupingBy(a -> a.submissionId));
        return found.stream().map(s -> new Submitted(s, rows.getOrDefault(s.id, List.of()),
                attached.getOrDefault(s.id, List.of()))).toList();
    }

    public record Submitted(SubmissionEntity submission, List<IndicatorRowEntity> rows,
                            List<AttachmentEntity> attachments) {
    }
}
