package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.request.domain.CaseWorkflow;
import id.go.kalbarprov.sop.platform.domain.achievement.Decimals;
import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.platform.domain.Nip;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.CaseEventEntity;
import id.go.kalbarprov.sop.request.persistence.DraftCorrectionEntity;
import id.go.kalbarprov.sop.request.persistence.DraftEntity;
import id.go.kalbarprov.sop.request.persistence.ReopeningEntity;
import id.go.kalbarprov.sop.request.persistence.DraftVersionEntity;
import id.go.kalbarprov.sop.request.persistence.IndicatorRowEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.ReferenceChangeEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.request.persistence.SubmissionEntity;
import id.go.kalbarprov.sop.request.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.calendar.TaskUrgency;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.json.JsonDiff;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import id.go.kalbarprov.sop.request.service.AttachmentService;
import id.go.kalbarprov.sop.request.service.CaseService;
import id.go.kalbarprov.sop.request.service.DraftService;
import id.go.kalbarprov.sop.request.service.command.ComposeDraft;
import id.go.kalbarprov.sop.request.service.command.IssueMemo;
import jakarta.validation.constraints.Size;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.ReadPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows: records built from entities, never the entities themselves. */
public final class Views {

    private Views() {
    }

    public record CaseView(UUID id, @Schema(maxLength = Limits.TITLE) String title, int year, Period period, @Schema(maxLength = Limits.REASON) String reason, @Schema(maxItems = Limits.TARGET_UNITS) List<@Size(max = Limits.UNIT_CODE) String> targetUnits,
                           LocalDate dueDate, CaseState state, @Schema(maxItems = CaseAction.COUNT) Set<CaseAction> allowedActions, int version,
                           DispositionView disposition, @Schema(maxLength = Limits.UPN) String assigneeUpn, @Schema(maxLength = Limits.NIP) String assigneeNip, Instant assignedAt,
                           int draftVersions, Instant openedAt, Instant updatedAt, @Schema(maxLength = Limits.NAME) String assigneeName,
                           @Schema(maxLength = Limits.NAME) String assigneePost, @Schema(maxLength = Limits.UNIT_CODE) String reopenedUnit,
                           @Schema(maxItems = AttachmentService.PER_CASE,
                                   description = "The case's own files (on GET of one case; not listed elsewhere)")
                           List<AttachmentView> attachments) {
        static CaseView of(CaseEntity c) {
            return of(c, true);
        }

        /**
         * One case as {@code reader} sees it, with the files of the case itself that the reader may see and the
         * SHA-256 of its disposition's PDF (null before it is rendered).
         */
        static CaseView of(CaseEntity c, Caller reader, List<AttachmentEntity> files, String dispositionPdfSha256) {
            CaseView v = of(c, reader);
            return new CaseView(v.id, v.title, v.year, v.period, v.reason, v.targetUnits, v.dueDate, v.state,
                    v.allowedActions, v.version, v.disposition.withPdf(dispositionPdfSha256), v.assigneeUpn,
                    v.assigneeNip, v.assignedAt,
                    v.draftVersions, v.openedAt, v.updatedAt, v.assigneeName, v.assigneePost, v.reopenedUnit,
                    files.stream().map(AttachmentView::of).toList());
        }

        /** The case as {@code reader} sees it: without officials' NIPs for a unit ({@link ReadPolicy}). */
        static CaseView of(CaseEntity c, Caller reader) {
            return of(c, ReadPolicy.readsOfficialNips(reader));
        }

        private static CaseView of(CaseEntity c, boolean withNips) {
            String openedByNip = withNips ? c.openedByNip : null;
            return new CaseView(c.id, c.title, c.year, c.period, c.reason, List.of(c.targetUnits), c.dueDate,
                    c.state, CaseWorkflow.movesFrom(c.state).keySet(), c.version,
                    new DispositionView(c.openedByUpn, openedByNip, Nip.printed(openedByNip), c.openedByName,
                            c.openedActing, c.instruction, c.urgency, c.dispositionNote, c.letterNumber,
                            c.letterDate, c.letterFrom, c.letterReceivedAt, c.openedAt, c.letterSubject, null),
                    c.assigneeUpn, withNips ? c.assigneeNip : null, c.assignedAt, c.draftVersions, c.openedAt,
                    c.updatedAt, c.assigneeName, c.assigneePost, c.reopenedUnit, null);
        }
    }

    /** Disposisi: the Karo's written instruction to the Kabag (output of step 1). */
    public record DispositionView(@Schema(maxLength = Limits.UPN) String fromUpn, @Schema(maxLength = Limits.NIP) String fromNip, @Schema(maxLength = Limits.NIP_PRINTED) String fromNipPrinted, @Schema(maxLength = Limits.NAME) String fromName,
                                  boolean acting, @Schema(maxLength = Limits.REASON) String instruction, @Schema(maxLength = Limits.KIND) String urgency, @Schema(maxLength = Limits.REASON) String note,
                                  @Schema(maxLength = Limits.DOCUMENT_NUMBER) String letterNumber, LocalDate letterDate, @Schema(maxLength = Limits.NAME) String letterFrom,
                                  Instant letterReceivedAt, Instant disposedAt, @Schema(maxLength = Limits.SUBJECT) String letterSubject,
                                  @Schema(pattern = Limits.SHA256, description = "SHA-256 of the Lembar Disposisi PDF (GET …/disposition/pdf) "
                                          + "as the caller gets it, once rendered; on GET of one case")
                                  String pdfSha256) {
        DispositionView withPdf(String sha256) {
            return new DispositionView(fromUpn, fromNip, fromNipPrinted, fromName, acting, instruction, urgency, note,
                    letterNumber, letterDate, letterFrom, letterReceivedAt, disposedAt, letterSubject, sha256);
        }
    }

    /**
     * The Nota Dinas. {@code to} addresses each unit as the letter does, by its head's post ("Kepala Dinas Kesehatan
     * Provinsi Kalimantan Barat"); {@code addressees} gives each unit's code, official name and head's post as they
     * stood when the memo was issued.
     */
    public record MemoView(UUID id, UUID caseId, @Schema(maxLength = Limits.DOCUMENT_NUMBER) String number, Instant issuedAt, @Schema(maxLength = Limits.KIND) String nature, @Schema(maxLength = Limits.SUBJECT) String subject,
                           @Schema(maxLength = Limits.MEMO_BODY) String body, @Schema(maxItems = Limits.TARGET_UNITS) List<@Size(max = Limits.NAME) String> to, @Schema(maxItems = IssueMemo.COPIES) List<@Size(max = IssueMemo.COPY) String> copies, int attachments, @Schema(maxLength = Limits.NAME) String signerName,
                           @Schema(maxLength = Limits.NAME) String signerPosition, @Schema(maxLength = Limits.NIP) String signerNip, @Schema(maxLength = Limits.NIP_PRINTED) String signerNipPrinted,
                           @Schema(maxItems = Limits.TARGET_UNITS) List<AddresseeView> addressees,
                           @Schema(description = "The Kabag signed as acting (Plh./Plt.) for the post")
                           boolean signerActing,
                           @Schema(pattern = Limits.SHA256, description = "SHA-256 of the Nota Dinas PDF (GET …/memo/pdf) as the caller gets "
                                   + "it, once rendered; on GET of the memo")
                           String pdfSha256) {
        MemoView withPdf(String sha256) {
            return new MemoView(id, caseId, number, issuedAt, nature, subject, body, to, copies, attachments,
                    signerName, signerPosition, signerNip, signerNipPrinted, addressees, signerActing, sha256);
        }

        static MemoView of(MemoEntity m) {
            return of(m, true);
        }

        /** The memo as {@code reader} sees it: a unit reads it without the signer's NIP ({@link ReadPolicy}). */
        static MemoView of(MemoEntity m, Caller reader) {
            return of(m, ReadPolicy.readsOfficialNips(reader));
        }

        private static MemoView of(MemoEntity m, boolean withNip) {
            String signerNip = withNip ? m.signerNip : null;
            List<AddresseeView> addressees = new java.util.ArrayList<>();
            for (int i = 0; i < m.addressees.length; i++) {
                boolean named = m.addresseePosts != null && i < m.addresseePosts.length;
                addressees.add(new AddresseeView(m.addressees[i], named ? m.addresseeNames[i] : null,
                        named ? m.addresseePosts[i] : null));
            }
            return new MemoView(m.id, m.caseId, m.number, m.issuedAt, m.nature, m.subject, m.body,
                    addressees.stream().map(a -> a.headPost() == null ? a.unitCode() : a.headPost()).toList(),
                    List.of(m.copies), m.attachments, m.signerName, m.signerPosition,
                    signerNip, Nip.printed(signerNip), addressees, m.signerActing, null);
        }
    }

    /** A reminder Nota Dinas (on a reopening, or to the units late with their reply) with the date it asks for. */
    public record ReminderView(@Schema(maxLength = Limits.KIND) String kind, @Schema(description = "The date the units are asked to reply by") LocalDate replyBy,
                               MemoView memo) {
        static ReminderView of(MemoEntity m, Caller reader, String pdfSha256) {
            return new ReminderView(m.kind, m.replyBy, MemoView.of(m, reader).withPdf(pdfSha256));
        }
    }

    /**
     * The case's deadline for the units' replies and the units late with it: each with its official name and how
     * often it was reminded.
     */
    public record LateUnitsView(UUID caseId, CaseState state,
                                @Schema(description = "The case's due date for the units' replies") LocalDate dueDate,
                                @Schema(description = "When the due date ends: the close of that office day (WIB)")
                                Instant dueAt,
                                @Schema(description = "Whether the due date has passed") boolean pastDue,
                                @Schema(maxItems = Limits.TARGET_UNITS, description = "Target units without a reply once the due date has passed, "
                                        + "in the case's order; empty before, and before the Nota Dinas is issued")
                                List<LateUnitView> lateUnits) {
    }

    /** A unit late with its reply: its register name and post, and the reminder memos sent to it. */
    public record LateUnitView(@Schema(maxLength = Limits.UNIT_CODE) String unitCode, @Schema(maxLength = Limits.NAME) String unitName, @Schema(maxLength = Limits.NAME) String headPost, int reminders,
                               @Schema(maxLength = Limits.DOCUMENT_NUMBER, description = "Number of the last reminder memo to it, if any")
                               String lastReminderNumber, Instant lastRemindedAt) {
    }

    /** One addressee of the Nota Dinas: the unit's code, official name and head's post when it was issued. */
    public record AddresseeView(@Schema(maxLength = Limits.UNIT_CODE) String unitCode, @Schema(maxLength = Limits.NAME) String unitName, @Schema(maxLength = Limits.NAME) String headPost) {
    }

    /** A unit of the province as the reference data holds it. */
    public record UnitView(@Schema(maxLength = Limits.UNIT_CODE) String code, @Schema(maxLength = Limits.NAME) String name, @Schema(maxLength = Limits.NAME) String headPost, @Schema(maxLength = 500) String address, boolean active, int version,
                           Instant updatedAt) {
        static UnitView of(UnitEntity u) {
            return new UnitView(u.code, u.name, u.headPost, u.address, u.active, u.version, u.updatedAt);
        }
    }

    /** One change of the reference data: the record before (none when it was created) and after, who and when. */
    public record ReferenceChangeView(int version, Map<String, Object> before, Map<String, Object> after,
                                      @Schema(maxLength = Limits.UPN) String changedByUpn, @Schema(maxLength = Limits.NAME) String changedByName, Instant changedAt) {
        static ReferenceChangeView of(ReferenceChangeEntity c) {
            return new ReferenceChangeView(c.version, c.before, c.after, c.changedByUpn, c.changedByName,
                    c.changedAt);
        }
    }

    /**
     * A submitted row: the indicator's name, unit of measure, direction, convention and {@code target} (for the case's
     * period) as the unit's performance agreement stated them, and the unit's own {@code targetCorrected} with its
     * reason, if it corrected the target.
     */
    public record RowView(UUID id, int lineNo, @Schema(maxLength = 50) String indicatorCode, @Schema(maxLength = 500) String indicatorName, @Schema(maxLength = 500) String strategicGoal,
                          int year, Period period, @Schema(maxLength = 50) String unitOfMeasure, Direction direction,
                          LowerIsBetterConvention lowerIsBetterConvention, BigDecimal target,
                          BigDecimal targetCorrected, @Schema(maxLength = Limits.REASON) String targetCorrectionReason,
                          BigDecimal actualReported, BigDecimal actualCorrected, @Schema(maxLength = Limits.REASON) String reason, @Schema(maxLength = 500) String dataSource,
                          @Schema(maxItems = 50) List<@Size(max = 500) String> evidenceRefs) {
        static RowView of(IndicatorRowEntity r) {
            return new RowView(r.id, r.lineNo, r.indicatorCode, r.indicatorName, r.strategicGoal, r.year, r.period,
                    r.unitOfMeasure, r.direction, r.convention, Decimals.plain(r.target),
                    Decimals.plain(r.targetCorrected), r.targetCorrectionReason, Decimals.plain(r.actualReported),
                    Decimals.plain(r.actualCorrected), r.reason,
                    r.dataSource, List.of(r.evidenceRefs));
        }
    }

    public record SubmissionView(UUID id, UUID caseId, @Schema(maxLength = Limits.UNIT_CODE) String unitCode, int revision, boolean current,
                                 Instant submittedAt, @Schema(maxLength = Limits.UPN) String submittedBy, @Schema(maxLength = Limits.REASON) String note, Instant supersededAt,
                                 @Schema(maxLength = Limits.DOCUMENT_NUMBER) String letterNumber, LocalDate letterDate,
                                 @Schema(description = "Enclosures that came on paper only") int attachments,
                                 @Schema(description = "True when the bureau entered this reply for the unit")
                                 boolean onBehalf,
                                 @Schema(description = "Who entered it: the unit, or the pelaksana / Kasubbag for it")
                                 EnteredByView enteredBy,
                                 @Schema(description = "The reply letter's file, for a reply entered on behalf")
                                 UUID letterAttachmentId,
                                 @Schema(maxItems = AttachmentService.PER_CASE, description = "The files of this submission")
                                 List<AttachmentView> files,
                                 Integer agreementRevision, UUID reopeningId,
                                 @Schema(maxItems = AgreementIndicator.PER_AGREEMENT) List<RowView> rows) {
        static SubmissionView of(SubmissionEntity s, List<IndicatorRowEntity> rows, List<AttachmentEntity> files) {
            return new SubmissionView(s.id, s.caseId, s.unitCode, s.revision, s.supersededAt == null,
                    s.submittedAt, s.submittedByUpn, s.note, s.supersededAt, s.letterNumber, s.letterDate,
                    s.attachments, s.onBehalf, new EnteredByView(s.submittedByUpn, s.submittedByName,
                            s.enteredByRole == null ? "unit" : s.enteredByRole),
                    s.letterAttachmentId, files.stream().map(AttachmentView::of).toList(),
                    s.agreementRevision, s.reopeningId, rows.stream().map(RowView::of).toList());
        }
    }

    public record EnteredByView(@Schema(maxLength = Limits.UPN) String upn, @Schema(maxLength = Limits.NAME) String name, @Schema(maxLength = Limits.KIND) String role) {
    }

    /** A file: what it is (told from its bytes), its SHA-256, who added it, and the document it belongs to. */
    public record AttachmentView(UUID id, UUID caseId,
                                 @Schema(maxLength = Limits.KIND, description = "CASE, SUBMISSION or DRAFT") String belongsTo,
                                 UUID submissionId, Integer draftVersion, @Schema(maxLength = Limits.UNIT_CODE) String unitCode, @Schema(maxLength = Limits.NAME) String name,
                                 @Schema(maxLength = 100) String mediaType, long size, @Schema(pattern = Limits.SHA256) String sha256, @Schema(maxLength = 500) String description,
                                 EnteredByView uploadedBy, Instant uploadedAt, @Schema(maxLength = 500) String href) {
        static AttachmentView of(AttachmentEntity a) {
            return new AttachmentView(a.id, a.caseId, a.parentKind, a.submissionId, a.draftVersion, a.unitCode,
                    a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.description,
                    new EnteredByView(a.uploadedByUpn, a.uploadedByName, a.uploadedByRole), a.uploadedAt,
                    "/api/v1/attachments/" + a.id);
        }
    }

    public record DraftView(UUID caseId, @Schema(maxItems = ComposeDraft.ROWS) List<UUID> rowIds,
                            @Schema(maxLength = Limits.MEMO_BODY) String notes,
                            @Schema(maxLength = Limits.MEMO_BODY) String conclusion, int version,
                            @Schema(maxLength = Limits.UPN) String updatedBy, Instant updatedAt) {
        static DraftView of(DraftEntity d) {
            return new DraftView(d.caseId, List.of(d.rowIds), d.notes, d.conclusion, d.version, d.updatedBy,
                    d.updatedAt);
        }
    }

    public record DraftVersionView(UUID caseId, int number, @Schema(pattern = Limits.SHA256) String contentHash, @Schema(maxLength = Limits.UPN) String submittedBy,
                                   Instant submittedAt, @Schema(maxLength = Limits.REASON) String returnReason, Instant returnedAt, Object content,
                                   @Schema(maxItems = AttachmentService.PER_CASE,
                                           description = "The version's files (on GET of one version)")
                                   List<AttachmentView> attachments) {
        static DraftVersionView of(DraftVersionEntity v, boolean withContent) {
            return new DraftVersionView(v.caseId, v.number, v.contentHash, v.submittedByUpn, v.submittedAt,
                    v.returnReason, v.returnedAt, withContent ? CanonicalJson.read(v.content) : null, null);
        }

        static DraftVersionView of(DraftVersionEntity v, List<AttachmentEntity> files) {
            return new DraftVersionView(v.caseId, v.number, v.contentHash, v.submittedByUpn, v.submittedAt,
                    v.returnReason, v.returnedAt, CanonicalJson.read(v.content),
                    files.stream().map(AttachmentView::of).toList());
        }
    }

    /** A returned version as reviewed: what came back, from whom, and the changes against the submitted version. */
    public record ReviewedView(UUID caseId, int draftVersion, @Schema(pattern = Limits.SHA256) String submittedContentHash, int reviewVersion,
                               @Schema(pattern = Limits.SHA256) String contentHash, @Schema(maxLength = Limits.UPN) String returnedBy, Instant returnedAt, @Schema(maxLength = Limits.REASON) String returnReason,
                               Object content,
                               @Schema(maxItems = Limits.DRAFT_CONTENT, description = "A change per value that differs; each value takes "
                                       + "at least two characters of one of the two contents")
                               List<JsonDiff.Change> changes) {
        static ReviewedView of(DraftService.Reviewed r) {
            return new ReviewedView(r.reviewed().caseId, r.reviewed().draftVersion, r.submitted().contentHash,
                    r.reviewed().reviewVersion, r.reviewed().contentHash, r.reviewed().returnedByUpn,
                    r.reviewed().returnedAt, r.submitted().returnReason, CanonicalJson.read(r.reviewed().content),
                    r.changes());
        }
    }

    /**
     * A step of a case as a task. {@code dueAt} is its working-time deadline (office hours only) and {@code urgency}
     * how pressing it is now while it is open ({@code TaskUrgency}); {@code caseOverdue}: the case is still collecting
     * past its due date with units that have not replied.
     */
    public record TaskView(UUID id, UUID caseId, int step, @Schema(maxLength = Limits.KIND) String task, @Schema(maxLength = Limits.KIND) String actorRole, @Schema(maxLength = Limits.UPN) String assignee,
                           @Schema(maxLength = Limits.UNIT_CODE) String assigneeUnit, Instant actionableAt,
                           @Schema(description = "The working-time deadline: the standard's minutes counted in "
                                   + "office hours from actionableAt") Instant dueAt,
                           @Schema(description = "While open: ON_TIME, DUE_SOON (little of the standard left) or "
                                   + "OVERDUE; null once done") TaskUrgency.Urgency urgency,
                           Instant doneAt, @Schema(maxLength = Limits.UPN) String doneBy, int standardMinutes,
                           @Schema(description = "Once done: the working minutes it took (office hours only)")
                           BigDecimal actualMinutes, @Schema(maxLength = Limits.NAME) String output,
                           @Schema(description = "The case is collecting past its due date (the close of that "
                                   + "office day, WIB) with units that have not replied") boolean caseOverdue) {
        static TaskView of(TaskEntity t, TaskDeadlines.Deadline deadline, boolean caseOverdue) {
            return new TaskView(t.id, t.caseId, t.step, t.kind.name(), t.actorRole, t.assigneeUpn, t.assigneeUnit,
                    t.actionableAt, deadline.dueAt(), deadline.urgency(), t.doneAt, t.doneByUpn, t.standardMinutes,
                    deadline.workingMinutes(), t.output, caseOverdue && t.doneAt == null);
        }
    }

    public record EventView(Instant at, Integer step, @Schema(maxLength = Limits.KIND) String kind, @Schema(maxLength = Limits.KIND) String actorRole, @Schema(maxLength = Limits.UPN) String actorUpn,
                            @Schema(maxLength = Limits.NAME) String actorName, boolean acting, @Schema(maxLength = 4400) String detail, Integer version, @Schema(pattern = Limits.SHA256) String contentHash) {
        static EventView of(CaseEventEntity e) {
            return new EventView(e.at, e.step, e.kind, e.actorRole, e.actorUpn, e.actorName, e.acting, e.detail,
                    e.version, e.contentHash);
        }
    }

    /** Who acted, in which capacity. */
    public record OfficerView(@Schema(maxLength = Limits.UPN) String upn, @Schema(maxLength = Limits.NIP) String nip, @Schema(maxLength = Limits.NAME) String name, @Schema(maxLength = Limits.NAME) String post, boolean acting) {
    }

    /** The Kabag reopened collection for one unit: why, the reminder memo, the unit's answer, the new forwarding. */
    public record ReopeningView(UUID id, UUID caseId, @Schema(maxLength = Limits.UNIT_CODE) String unitCode, @Schema(maxLength = Limits.REASON) String reason, CaseState fromState,
                                OfficerView reopenedBy, Instant reopenedAt, MemoView reminderMemo,
                                UUID resubmissionId, Instant resubmittedAt, boolean open, Instant closedAt,
                                @Schema(maxLength = Limits.UPN) String closedBy, @Schema(maxLength = Limits.REASON) String closingNote) {
        static ReopeningView of(ReopeningEntity r, MemoEntity reminder, Caller reader) {
            boolean nips = ReadPolicy.readsOfficialNips(reader);
            return new ReopeningView(r.id, r.caseId, r.unitCode, r.reason, r.fromState,
                    new OfficerView(r.reopenedByUpn, nips ? r.reopenedByNip : null, r.reopenedByName, "Kabag",
                            r.reopenedActing),
                    r.reopenedAt, reminder == null ? null : MemoView.of(reminder, reader), r.submissionId,
                    r.resubmittedAt, r.closedAt == null, r.closedAt, r.closedByUpn, r.closingNote);
        }
    }

    /** The pelaksana's correction of a value in the draft, beside the unit's value. */
    public record DraftCorrectionView(UUID id, UUID caseId, UUID rowId, @Schema(maxLength = Limits.UNIT_CODE) String unitCode, @Schema(maxLength = 50) String indicatorCode,
                                      BigDecimal actualCorrected, BigDecimal unitActualCorrected, BigDecimal target,
                                      BigDecimal unitTarget, @Schema(maxLength = Limits.REASON) String reason, OfficerView correctedBy,
                                      Instant correctedAt, int draftVersion) {
        static DraftCorrectionView of(DraftCorrectionEntity c) {
            return new DraftCorrectionView(c.id, c.caseId, c.rowId, c.unitCode, c.indicatorCode,
                    Decimals.plain(c.actualCorrected), Decimals.plain(c.unitActualCorrected), Decimals.plain(c.target),
                    Decimals.plain(c.unitTarget), c.reason,
                    new OfficerView(c.correctedByUpn, c.correctedByNip, c.correctedByName, c.correctedByPost,
                            c.correctedActing), c.correctedAt, c.draftVersion);
        }
    }

    public record TimelineView(UUID caseId, CaseState state,
                               @Schema(maxItems = CaseService.TIMELINE_ITEMS) List<TaskView> whoseTurn,
                               @Schema(maxItems = CaseService.TIMELINE_ITEMS, description = "The first steps, at most "
                                       + CaseService.TIMELINE_ITEMS + " (truncated: there are more)")
                               List<TaskView> steps,
                               @Schema(maxItems = CaseService.TIMELINE_ITEMS, description = "The first events, at most "
                                       + CaseService.TIMELINE_ITEMS + " (truncated: there are more)")
                               List<EventView> events,
                               @Schema(description = "More steps or events than the lists hold") boolean truncated) {
    }
}
