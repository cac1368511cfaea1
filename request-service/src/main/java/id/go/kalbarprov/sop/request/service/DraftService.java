package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.Officer;

import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.json.JsonDiff;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import id.go.kalbarprov.sop.request.config.RequestConfig;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseWorkflow;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import static id.go.kalbarprov.sop.platform.domain.achievement.Decimals.plain;
import static id.go.kalbarprov.sop.platform.domain.achievement.Decimals.text;
import id.go.kalbarprov.sop.request.domain.DraftCorrections;
import id.go.kalbarprov.sop.request.domain.PelaksanaCorrection;
import id.go.kalbarprov.sop.request.persistence.DraftCorrectionEntity;
import id.go.kalbarprov.sop.request.service.command.CorrectDraftValue;
import id.go.kalbarprov.sop.request.domain.RowChange;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.platform.outbox.Inbox;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.DraftEntity;
import id.go.kalbarprov.sop.request.persistence.DraftVersionEntity;
import id.go.kalbarprov.sop.request.persistence.IndicatorRowEntity;
import id.go.kalbarprov.sop.request.persistence.ReviewedVersionEntity;
import id.go.kalbarprov.sop.request.persistence.ReopeningEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.command.ComposeDraft;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step 4: analysis, the working draft, freezing it as a version for review, and taking it back for revision. */
@ApplicationScoped
public class DraftService {

    /** The pelaksana's corrections of values one case may hold. */
    public static final int CORRECTIONS = 10_000;

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    @Inject
    AgendaBook agenda;

    @Inject
    RequestConfig config;

    /** Only the assigned pelaksana, the reviewers and auditors read the analysis. */
    @Transactional
    public Analysis analyse(UUID caseId, Caller caller) {
        return analysis(access.visible(caseId, caller));
    }

    Analysis analysis(CaseEntity c) {
        List<SubmissionEntity> current = SubmissionEntity.current(c.id);
        Map<UUID, SubmissionEntity> bySubmission = current.stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<IndicatorRowEntity> rows = IndicatorRowEntity.ofSubmissions(bySubmission.keySet());
        BigDecimal threshold = config.analysis().outsizedChangePercent();
        List<Analysis.Row> analysed = new ArrayList<>();
        int unchanged = 0;
        int outsized = 0;
        int notComputable = 0;
        for (IndicatorRowEntity row : rows) {
            SubmissionEntity s = bySubmission.get(row.submissionId);
            LowerIsBetterConvention convention = row.conventionOr(config.achievement().lowerIsBetter());
            RowChange change = RowChange.of(row.direction, row.effectiveTarget(), row.actualReported,
                    row.actualCorrected, convention, threshold);
            unchanged += change.unchanged() ? 1 : 0;
            outsized += change.outsized() ? 1 : 0;
            notComputable += change.after().computable() ? 0 : 1;
            analysed.add(new Analysis.Row(row.id, s.id, s.unitCode, s.revision, row.lineNo, row.indicatorCode,
                    row.indicatorName, row.strategicGoal, row.year, row.period, row.unitOfMeasure, row.direction,
                    convention, plain(row.effectiveTarget()), plain(row.target), plain(row.targetCorrected),
                    row.targetCorrectionReason, plain(row.actualReported), plain(row.actualCorrected),
                    Analysis.AchievementView.of(change.before()), Analysis.AchievementView.of(change.after()),
                    change.changePercent(), change.unchanged(), change.outsized(), row.reason, row.dataSource,
                    List.of(row.evidenceRefs)));
        }
        Set<String> submitted = current.stream().map(s -> s.unitCode).collect(Collectors.toSet());
        List<String> missing = Arrays.stream(c.targetUnits).filter(u -> !submitted.contains(u)).toList();
        return new Analysis(c.id, config.achievement().lowerIsBetter(), threshold, List.of(c.targetUnits), missing,
                analysed.size(), unchanged, outsized, notComputable, analysed);
    }

    /** Composes or revises the working draft; the version sent must be the current one once a draft exists. */
    @Transactional
    public DraftEntity compose(UUID caseId, Integer expectedDraftVersion, ComposeDraft command, Caller pelaksana) {
        CaseEntity c = access.locked(caseId);
        access.requireAssignee(c, pelaksana);
        CaseWorkflow.next(c.state, CaseAction.EDIT_DRAFT);
        Set<UUID> currentRows = currentRowIds(caseId);
        for (int i = 0; i < command.rowIds().size(); i++) {
            if (!currentRows.contains(command.rowIds().get(i))) {
                throw ProblemException.invalid("rowIds[" + i + "]", "draft-row-unknown", command.rowIds().get(i));
            }
        }
        DraftEntity draft = DraftEntity.findById(caseId);
        if (draft == null) {
            draft = new DraftEntity();
            draft.caseId = caseId;
        } else {
            requireVersion(draft, expectedDraftVersion);
        }
        draft.rowIds = new LinkedHashSet<>(command.rowIds()).toArray(UUID[]::new);
        draft.notes = command.notes();
        draft.conclusion = command.conclusion();
        draft.updatedBy = pelaksana.upn();
        draft.updatedAt = Instant.now();
        draft.persistAndFlush();
        return draft;
    }

    /** The post a pelaksana's correction is recorded in (the officer registry may name it more precisely). */
    static final String PELAKSANA_POST = "Pelaksana";

    /**
     * The assigned pelaksana corrects a value of a row in the working draft with a reason (DRAFTING or REVISION). The
     * correction is kept beside the unit's value and written over the row in every version composed from now on;
     * the working draft moves to a new version (If-Match required).
     */
    @Transactional
    public Corrected correct(UUID caseId, Integer expectedDraftVersion, CorrectDraftValue command, Caller pelaksana) {
        if (command.actualCorrected() == null && command.target() == null) {
            throw ProblemException.invalid("actualCorrected", "correction-value-missing");
        }
        CaseEntity c = access.locked(caseId);
        access.requireAssignee(c, pelaksana);
        CaseWorkflow.next(c.state, CaseAction.EDIT_DRAFT);
        DraftEntity draft = DraftEntity.findById(caseId);
        if (draft == null) {
            throw ProblemException.rule("draft-missing");
        }
        requireVersion(draft, expectedDraftVersion);
        if (!List.of(draft.rowIds).contains(command.rowId()) || !currentRowIds(caseId).contains(command.rowId())) {
            throw ProblemException.invalid("rowId", "correction-row-not-in-draft", command.rowId());
        }
        if (DraftCorrectionEntity.count("caseId", caseId) >= CORRECTIONS) {
            throw ProblemException.rule("correction-too-many", CORRECTIONS);
        }
        IndicatorRowEntity row = IndicatorRowEntity.findById(command.rowId());
        SubmissionEntity submission = SubmissionEntity.findById(row.submissionId);
        Instant now = Instant.now();
        draft.updatedBy = pelaksana.upn();
        draft.updatedAt = now;
        draft.persistAndFlush();

        DraftCorrectionEntity correction = new DraftCorrectionEntity();
        correction.id = UUID.randomUUID();
        correction.caseId = caseId;
        correction.rowId = row.id;
        correction.unitCode = submission.unitCode;
        correction.indicatorCode = row.indicatorCode;
        correction.target = command.target();
        correction.actualCorrected = command.actualCorrected();
        correction.unitTarget = row.target;
        correction.unitActualCorrected = row.actualCorrected;
        correction.reason = command.reason().strip();
        correction.correctedByUpn = pelaksana.upn();
        correction.correctedByNip = pelaksana.nip();
        correction.correctedByName = pelaksana.name();
        correction.correctedByPost = PELAKSANA_POST;
        correction.correctedActing = pelaksana.acting();
        correction.correctedAt = now;
        correction.draftVersion = draft.version;
        correction.persist();
        timeline.record(caseId, 4, "DRAFT_VALUE_CORRECTED", pelaksana, Roles.PELAKSANA,
                "Row " + row.indicatorCode + " of " + submission.unitCode + " corrected"
                        + (command.actualCorrected() == null ? "" : ": actual " + text(row.actualCorrected) + " → "
                        + text(command.actualCorrected()))
                        + (command.target() == null ? "" : ", target " + text(row.target) + " → "
                        + text(command.target()))
                        + " — " + correction.reason, now);
        return new Corrected(correction, draft);
    }

    public record Corrected(DraftCorrectionEntity correction, DraftEntity draft) {
    }

    /** Changing an existing draft needs its current version: 428 without one, 412 with a stale one. */
    private static Map<String, Object> reopening(ReopeningEntity r) {
        Map<String, Object> reopened = new LinkedHashMap<>();
        reopened.put("unitCode", r.unitCode);
        reopened.put("reason", r.reason);
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("upn", r.reopenedByUpn);
        by.put("name", r.reopenedByName);
        by.put("acting", r.reopenedActing);
        reopened.put("reopenedBy", by);
        reopened.put("reopenedAt", r.reopenedAt.toString());
        reopened.put("submissionId", r.submissionId.toString());
        reopened.put("resubmittedAt", r.resubmittedAt == null ? null : r.resubmittedAt.toString());
        return reopened;
    }

    private static void requireVersion(DraftEntity draft, Integer expected) {
        if (expected == null) {
            throw new ProblemException(CommonProblem.PRECONDITION_REQUIRED, "version-required")
                    .with("currentVersion", draft.version);
        }
        if (expected != draft.version) {
            throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "stale-version", expected, draft.version)
                    .with("currentVersion", draft.version);
        }
    }

    /** The pelaksana's corrections of a case the caller may see, oldest first. */
    public List<DraftCorrectionEntity> corrections(UUID caseId, Caller caller) {
        access.visible(caseId, caller);
        return DraftCorrectionEntity.ofCase(caseId);
    }

    public DraftEntity workingDraft(UUID caseId, Caller caller) {
        access.visible(caseId, caller);
        DraftEntity draft = DraftEntity.findById(caseId);
        if (draft == null) {
            throw ProblemException.notFound("Draft of case", caseId);
        }
        return draft;
    }

    /** The submitted versions of a case the caller may see, oldest first. */
    public List<DraftVersionEntity> versions(UUID caseId, Caller caller) {
        access.visible(caseId, caller);
        return DraftVersionEntity.ofCase(caseId);
    }

    /** One submitted version of a case the caller may see. */
    public DraftVersionEntity version(UUID caseId, int number, Caller caller) {
        access.visible(caseId, caller);
        return DraftVersionEntity.find(caseId, number)
                .orElseThrow(() -> ProblemException.notFound("Draft version", number));
    }

    /** Freezes the working draft as version n with its content hash and hands it to review through the outbox. */
    @Transactional
    public DraftVersionEntity submit(UUID caseId, Integer expectedDraftVersion, Caller pelaksana) {
        CaseEntity c = access.locked(caseId);
        access.requireAssignee(c, pelaksana);
        Instant now = Instant.now();
        boolean revision = c.draftVersions > 0;
        access.transition(c, CaseAction.SUBMIT_DRAFT, now);
        DraftEntity draft = DraftEntity.findById(caseId);
        if (draft == null) {
            throw ProblemException.rule("draft-missing");
        }
        if (expectedDraftVersion != null && expectedDraftVersion != draft.version) {
            throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "stale-version", expectedDraftVersion,
                    draft.version).with("currentVersion", draft.version);
        }
        if (c.draftVersions >= Limits.VERSION) {
            throw ProblemException.rule("draft-too-many-versions", Limits.VERSION);
        }
        c.draftVersions += 1;
        String content = CanonicalJson.write(content(c, draft, pelaksana, now));
        DraftVersionEntity version = new DraftVersionEntity();
        version.caseId = caseId;
        version.number = c.draftVersions;
        version.content = content;
        version.contentHash = ContentHash.sha256(content);
        version.submittedByUpn = pelaksana.upn();
        version.submittedByNip = pelaksana.nip();
        version.submittedAt = now;
        version.persist();

        tasks.complete(caseId, SopStep.DRAFT, pelaksana.upn(), now);
        timeline.record(caseId, 4, revision ? "DRAFT_RESUBMITTED" : "DRAFT_SUBMITTED", pelaksana.upn(),
                pelaksana.name(), pelaksana.acting(), Roles.PELAKSANA,
                "Draft version " + version.number + " submitted for review", now, null, version.contentHash);
        outbox.record(caseId, eventId -> new DraftSubmitted(eventId, DraftSubmitted.TYPE, caseId, version.number,
                c.title, c.year, c.period, content, version.contentHash, Officer.of(pelaksana), now));
        agenda.register(caseId, agenda.document(caseId, "DraftVersion-" + version.number, 4,
                        AgendaDirection.INTERNAL, now)
                .from(AgendaBook.nameOf(pelaksana)).to("Kasubbag TU")
                .attachments((int) AttachmentEntity.count("caseId = ?1 and draftVersion = ?2", caseId, version.number))
                .subject("Draft performance data correction, version " + version.number + " (" + c.title + ")")
                .remarks("SHA-256 " + version.contentHash));
        return version;
    }

    /**
     * From review-service: level 5 returned the version to the pelaksana. Applied once per event id; the case goes
     * back to step 4 for the assigned pelaksana.
     */
    @Transactional
    public boolean receiveReturn(UUID caseId, DraftReturned command) {
        if (!inbox.firstDelivery(command.eventId())) {
            return false;
        }
        CaseEntity c = access.locked(caseId);
        Instant now = Instant.now();
        access.transition(c, CaseAction.RETURN_FOR_REVISION, now);
        if (command.version() != c.draftVersions) {
            throw new ProblemException(CommonProblem.CONFLICT, "return-version-mismatch", command.version(),
                    c.draftVersions);
        }
        Map<String, Object> reviewedContent = reviewedContent(command);
        DraftVersionEntity returned = DraftVersionEntity.find(caseId, command.version()).orElseThrow();
        returned.returnReason = command.reason();
        returned.returnedAt = now;
        keepReviewed(c, command, reviewedContent, now);
        tasks.open(caseId, SopStep.DRAFT, c.assigneeUpn != null ? c.assigneeUpn : c.assigneeNip, now);
        Officer by = command.returnedBy();
        timeline.record(caseId, 5, "RETURNED_FOR_REVISION", by.upn(), by.name(), Boolean.TRUE.equals(by.acting()),
                Roles.KASUBBAG,
                "Version " + command.version() + " returned: " + command.reason(), now, command.version(), null);
        return true;
    }

    private static Map<String, Object> reviewedContent(DraftReturned command) {
        if (!ContentHash.sha256(command.content()).equals(command.contentHash().toLowerCase(java.util.Locale.ROOT))) {
            throw ProblemException.invalid("contentHash", "return-content-hash-mismatch");
        }
        return CanonicalJson.readObject(command.content())
                .orElseThrow(() -> ProblemException.invalid("content", "return-content-not-json"));
    }

    /**
     * The pelaksana revises from the version as reviewed: it is kept, and the working draft takes its notes and
     * conclusion (the pelaksana may change them again before submitting).
     */
    private static void keepReviewed(CaseEntity c, DraftReturned command, Map<String, Object> content, Instant at) {
        ReviewedVersionEntity reviewed = new ReviewedVersionEntity();
        reviewed.caseId = c.id;
        reviewed.draftVersion = command.version();
        reviewed.reviewVersion = command.reviewedVersion();
        reviewed.content = command.content();
        reviewed.contentHash = command.contentHash().toLowerCase(java.util.Locale.ROOT);
        reviewed.returnedByUpn = command.returnedBy().upn();
        reviewed.returnedAt = at;
        reviewed.persist();
        DraftEntity draft = DraftEntity.findById(c.id);
        String notes = content.get("notes") instanceof String text ? text : null;
        String conclusion = content.get("conclusion") instanceof String text ? text : null;
        // Only a change the reviewers made moves the working draft to a new version (and a held If-Match to stale).
        if (draft != null && !(Objects.equals(draft.notes, notes) && Objects.equals(draft.conclusion, conclusion))) {
            draft.notes = notes;
            draft.conclusion = conclusion;
            draft.updatedBy = command.returnedBy().upn();
            draft.updatedAt = at;
        }
    }

    /** The version as reviewed that came back for draft version {@code number}, and what the reviewers changed. */
    public Reviewed reviewed(UUID caseId, int number, Caller caller) {
        access.visible(caseId, caller);
        DraftVersionEntity submitted = DraftVersionEntity.find(caseId, number)
                .orElseThrow(() -> ProblemException.notFound("Draft version", number));
        ReviewedVersionEntity reviewed = ReviewedVersionEntity.of(caseId, number)
                .orElseThrow(() -> ProblemException.notFound("Reviewed version of draft version", number));
        return new Reviewed(submitted, reviewed,
                JsonDiff.between(CanonicalJson.read(submitted.content), CanonicalJson.read(reviewed.content)));
    }

    /** A returned version as reviewed, against the version the pelaksana submitted. */
    public record Reviewed(DraftVersionEntity submitted, ReviewedVersionEntity reviewed,
                           List<JsonDiff.Change> changes) {
    }

    /** Every correction the reviewers (round by round) and the pelaksana made so far, in the order made. */
    private static DraftCorrections corrections(UUID caseId) {
        DraftCorrections corrections = new DraftCorrections();
        for (ReviewedVersionEntity reviewed : ReviewedVersionEntity.ofCase(caseId)) {
            DraftVersionEntity submitted = DraftVersionEntity.find(caseId, reviewed.draftVersion).orElseThrow();
            corrections.round(reviewed.returnedAt, CanonicalJson.readObject(submitted.content).orElseThrow(),
                    CanonicalJson.readObject(reviewed.content).orElseThrow());
        }
        for (DraftCorrectionEntity c : DraftCorrectionEntity.ofCase(caseId)) {
            Map<String, Object> by = new LinkedHashMap<>();
            by.put("upn", c.correctedByUpn);
            by.put("nip", c.correctedByNip);
            by.put("name", c.correctedByName);
            by.put("post", c.correctedByPost);
            by.put("acting", c.correctedActing);
            corrections.pelaksana(new PelaksanaCorrection(c.rowId.toString(), c.target, c.actualCorrected,
                    c.unitTarget, c.unitActualCorrected, c.reason, by, c.correctedAt));
        }
        return corrections;
    }

    private Set<UUID> currentRowIds(UUID caseId) {
        List<UUID> submissions = SubmissionEntity.current(caseId).stream().map(s -> s.id).toList();
        return IndicatorRowEntity.ofSubmissions(submissions).stream().map(r -> r.id)
                .collect(Collectors.toSet());
    }

    private Map<String, Object> content(CaseEntity c, DraftEntity draft, Caller pelaksana, Instant at) {
        Analysis analysis = analysis(c);
        Map<UUID, Analysis.Row> byId = analysis.rows().stream()
                .collect(Collectors.toMap(Analysis.Row::rowId, Function.identity()));
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<UUID> fromSubmissions = new LinkedHashSet<>();
        // the units' official names as the register holds them now, printed in the correction beside their codes
        Map<String, String> unitNames = UnitEntity.withCodes(analysis.rows().stream().map(Analysis.Row::unitCode)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(u -> u.code, u -> u.name));
        for (UUID id : draft.rowIds) {
            Analysis.Row r = byId.get(id);
            if (r == null) {
                continue;
            }
            fromSubmissions.add(r.submissionId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rowId", r.rowId().toString());
            row.put("unitCode", r.unitCode());
            if (unitNames.containsKey(r.unitCode())) {
                row.put("unitName", unitNames.get(r.unitCode()));
            }
            row.put("indicatorCode", r.indicatorCode());
            row.put("indicatorName", r.indicatorName());
            row.put("strategicGoal", r.strategicGoal());
            row.put("year", r.year());
            row.put("period", r.period().name());
            row.put("unitOfMeasure", r.unitOfMeasure());
            row.put("direction", r.direction().name());
            if (r.lowerIsBetterConvention() != null) {
                row.put(DraftFigures.CONVENTION, r.lowerIsBetterConvention().name());
            }
            // achievements are computed against "target"; the agreement's and the unit's corrected one stand beside it
            row.put("target", text(r.target()));
            row.put("agreementTarget", text(r.agreementTarget()));
            row.put("targetCorrected", text(r.targetCorrected()));
            row.put("targetCorrectionReason", r.targetCorrectionReason());
            row.put("actualReported", text(r.actualReported()));
            row.put("actualCorrected", text(r.actualCorrected()));
            DraftFigures.recompute(row, analysis.lowerIsBetterConvention());
            row.put("reason", r.reason());
            row.put("dataSource", r.dataSource());
            row.put("evidenceRefs", r.evidenceRefs());
            rows.add(row);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("caseId", c.id.toString());
        content.put("title", c.title);
        content.put("year", c.year);
        content.put("period", c.period.name());
        content.put("version", c.draftVersions);
        content.put("lowerIsBetterConvention", analysis.lowerIsBetterConvention().name());
        content.put("rows", rows);
        // The replies the bureau entered on a unit's behalf (from a letter on paper or by e-mail), for the units whose
        // rows are in the draft: who entered them, for which unit, which letter. The others the units sent themselves.
        content.put("replies", SubmissionEntity.current(c.id).stream()
                .filter(s -> s.onBehalf && fromSubmissions.contains(s.id)).map(SubmissionFacts::inDraft).toList());
        // Collection reopened for a unit after forwarding, and answered with rows now in the draft: the signed
        // correction says who reopened it, when and why (absent when nothing was reopened).
        List<Map<String, Object>> reopenings = ReopeningEntity.ofCase(c.id, null).stream()
                .filter(r -> r.submissionId != null && fromSubmissions.contains(r.submissionId))
                .map(DraftService::reopening).toList();
        if (!reopenings.isEmpty()) {
            content.put("reopenings", reopenings);
        }
        content.put("attachments", AttachmentEntity.ofDraft(c.id, c.draftVersions).stream()
                .map(DraftService::attachment).toList());
        corrections(c.id).applyTo(content, analysis.lowerIsBetterConvention());
        content.put("notes", draft.notes);
        content.put("conclusion", draft.conclusion);
        content.put("compiledBy", officer(pelaksana));
        content.put("compiledAt", at.toString());
        return content;
    }

    /** A file of the version, named in its content with its SHA-256, so the signed correction covers exactly it. */
    private static Map<String, Object> attachment(AttachmentEntity a) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("id", a.id.toString());
        file.put("name", a.fileName);
        file.put("mediaType", a.mediaType);
        file.put("size", a.sizeBytes);
        file.put("sha256", a.sha256);
        return file;
    }

    static Map<String, Object> officer(Caller caller) {
        Map<String, Object> officer = new LinkedHashMap<>();
        officer.put("upn", caller.upn());
        officer.put("nip", caller.nip());
        officer.put("name", caller.name());
        officer.put("acting", caller.acting());
        return officer;
    }

}
