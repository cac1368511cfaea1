package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import id.go.kalbarprov.sop.request.domain.AgreementRules;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.domain.CaseWorkflow;
import id.go.kalbarprov.sop.request.domain.DraftRows;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.DraftEntity;
import id.go.kalbarprov.sop.request.persistence.IndicatorRowEntity;
import id.go.kalbarprov.sop.request.persistence.ReopeningEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import id.go.kalbarprov.sop.request.persistence.TaskEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.request.service.command.SubmitOnBehalf;
import id.go.kalbarprov.sop.request.service.command.SubmitRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;


/** Units' corrected rows: each unit for itself; a resubmission supersedes the earlier one, which stays readable. */
@ApplicationScoped
public class SubmissionService {

    /** The replies a unit may give to one case (each later one supersedes the one before). */
    public static final int REVISIONS = 1000;

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    AgendaBook agenda;

    @Inject
    AgreementService agreements;

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
        if (c.state == CaseState.REOPENED && !unitCode.equals(c.reopenedUnit)) {
            // Collection is reopened for another unit only: this one stays locked.
            throw new IllegalTransitionException(c.state, CaseAction.SUBMIT_UNIT_DATA);
        }
        boolean reopened = c.state == CaseState.REOPENED;
        CaseWorkflow.next(c.state, CaseAction.SUBMIT_UNIT_DATA);
        AgreementService.Revision agreement = agreed(c, unitCode, command);
        Map<String, AgreementIndicator> byCode = agreement.indicators().stream()
                .collect(Collectors.toMap(i -> AgreementRules.key(i.code()), Function.identity()));
        access.transition(c, CaseAction.SUBMIT_UNIT_DATA, now);

        List<SubmissionEntity> earlier = SubmissionEntity.list(
                "caseId = ?1 and unitCode = ?2 and supersededAt is null", caseId, unitCode);
        earlier.forEach(s -> s.supersededAt = now);
        int revision = (int) SubmissionEntity.count("caseId = ?1 and unitCode = ?2", caseId, unitCode) + 1;
        if (revision > REVISIONS) {
            throw ProblemException.rule("submission-too-many-revisions", REVISIONS);
        }

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
        submission.agreementRevision = agreement.agreement().revision;
        ReopeningEntity reopening = reopened ? ReopeningEntity.openOf(caseId).orElseThrow() : null;
        submission.reopeningId = reopening == null ? null : reopening.id;
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
            AgreementIndicator indicator = byCode.get(AgreementRules.key(in.indicatorCode()));
            row.indicatorCode = indicator.code();
            row.indicatorName = indicator.name();
            row.strategicGoal = indicator.strategicGoal();
            row.year = c.year;
            row.period = c.period;
            row.unitOfMeasure = indicator.unitOfMeasure();
            row.direction = indicator.direction();
            row.convention = indicator.convention();
            row.target = indicator.targetFor(c.period);
            row.targetCorrected = in.targetCorrected();
            row.targetCorrectionReason = in.targetCorrected() == null ? null : in.targetCorrectionReason().strip();
            row.actualReported = in.actualReported();
            row.actualCorrected = in.actualCorrected();
            row.reason = in.reason().strip();
            row.dataSource = in.dataSource();
            row.evidenceRefs = in.evidenceRefs() == null ? new String[0] : in.evidenceRefs().toArray(String[]::new);
            row.persist();
            rows.add(row);
        }
        // Step 2 (forwarding) is measured from when the material last grew.
        if (reopening != null) {
            answer(c, reopening, submission, earlier, rows, enteredBy, now);
        } else {
            tasks.restart(caseId, SopStep.FORWARD, null, now);
        }
        String afterReopening = reopening == null ? "" : " after collection was reopened";
        if (submission.onBehalf) {
            timeline.record(caseId, reopening == null ? null : 2, "UNIT_SUBMITTED_ON_BEHALF", enteredBy, role,
                    "Reply of " + unitCode + " entered by the " + role + " " + AgendaBook.nameOf(enteredBy)
                            + " on its behalf, " + SubmissionFacts.letter(submission) + ": " + rows.size()
                            + " row(s), revision " + revision + afterReopening, now);
        } else {
            timeline.record(caseId, reopening == null ? null : 2, revision == 1 ? "UNIT_SUBMITTED" : "UNIT_RESUBMITTED",
                    enteredBy, Roles.UNIT, "Unit " + unitCode + " submitted " + rows.size() + " row(s), revision "
                            + revision + (revision == 1 ? "" : " (supersedes revision " + (revision - 1) + ")")
                            + afterReopening, now);
        }
        registerReply(c, submission, rows.size(), attached.size());
        return new Submitted(submission, rows, attached);
    }

    /**
     * The unit's agreement for the case's year (the revision current now), after checking every row against it and
     * the case: nothing is stored when one row breaks a rule (400 naming each field), or when the unit has no
     * agreement for the year (422: the reference data must be loaded first).
     */
    private AgreementService.Revision agreed(CaseEntity c, String unit, SubmitRows command) {
        AgreementService.Revision agreement = agreements.currentFor(unit, c.year)
                .orElseThrow(() -> ProblemException.rule("no-agreement", unit, String.valueOf(c.year)));
        Map<String, AgreementIndicator> byCode = agreement.indicators().stream()
                .collect(Collectors.toMap(i -> AgreementRules.key(i.code()), Function.identity()));
        List<AgreementRules.SentRow> sent = command.rows().stream().map(r -> new AgreementRules.SentRow(
                r.indicatorCode(), r.indicatorName(), r.strategicGoal(), r.year(), r.period(), r.unitOfMeasure(),
                r.direction(), r.target(), r.targetCorrected(), r.targetCorrectionReason())).toList();
        List<AgreementRules.Issue> issues = AgreementRules.checkRows(c.year, c.period, byCode, sent);
        if (!issues.isEmpty()) {
            AgreementRules.Issue first = issues.get(0);
            throw new ProblemException(CommonProblem.VALIDATION_FAILED, issues.stream()
                    .map(i -> AgreementService.violation("rows[" + i.index() + "]." + i.field(), i.key(), i.args()))
                    .toList(), first.key(), first.args());
        }
        return agreement;
    }

    /**
     * The reopened unit answered: the reopening records it, the unit's task is done, the Kabag's forwarding becomes
     * actionable again, and the working draft takes the unit's new rows in place of its earlier ones.
     */
    private void answer(CaseEntity c, ReopeningEntity reopening, SubmissionEntity submission,
                        List<SubmissionEntity> replaced, List<IndicatorRowEntity> rows, Caller unit, Instant now) {
        reopening.submissionId = submission.id;
        reopening.resubmittedAt = now;
        tasks.complete(c.id, SopStep.RESUBMISSION, unit.upn(), now);
        if (TaskEntity.open(c.id, SopStep.FORWARD).isPresent()) {
            tasks.restart(c.id, SopStep.FORWARD, null, now);
        } else {
            tasks.open(c.id, SopStep.FORWARD, null, now);
        }
        DraftEntity draft = DraftEntity.findById(c.id);
        if (draft == null) {
            return;
        }
        Map<UUID, String> before = IndicatorRowEntity.ofSubmissions(replaced.stream().map(s -> s.id).toList())
                .stream().collect(Collectors.toMap(r -> r.id, r -> r.indicatorCode));
        Map<String, UUID> after = new LinkedHashMap<>();
        rows.forEach(r -> after.putIfAbsent(r.indicatorCode, r.id));
        List<UUID> remapped = DraftRows.afterResubmission(List.of(draft.rowIds), before, after);
        if (!remapped.equals(List.of(draft.rowIds))) {
            draft.rowIds = remapped.toArray(UUID[]::new);
            draft.updatedBy = unit.upn();
            draft.updatedAt = now;
        }
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
