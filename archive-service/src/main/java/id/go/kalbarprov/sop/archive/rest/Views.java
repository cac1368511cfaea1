package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kalbarprov.sop.archive.domain.AccessClass;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.archive.domain.ArchiveAction;
import id.go.kalbarprov.sop.archive.domain.ArchiveOrderState;
import id.go.kalbarprov.sop.archive.domain.ArchiveOrderWorkflow;
import id.go.kalbarprov.sop.archive.domain.Authenticity;
import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import id.go.kalbarprov.sop.archive.domain.Medium;
import id.go.kalbarprov.sop.platform.domain.Nip;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.archive.persistence.AgendaEntryEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.persistence.QuarantinedArrivalEntity;
import id.go.kalbarprov.sop.archive.persistence.TaskEntity;
import id.go.kalbarprov.sop.archive.service.ContentAccess;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.archive.service.SealChecks;
import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.calendar.TaskUrgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the API shows: records built from entities, never the entities themselves. */
public final class Views {

    private Views() {
    }

    /** Who did something, in what capacity. */
    public record ActorView(@Schema(maxLength = Limits.UPN) String upn, @Schema(maxLength = Limits.NIP) String nip, @Schema(maxLength = Limits.NIP_PRINTED) String nipPrinted, @Schema(maxLength = Limits.NAME) String name, boolean acting) {
        static ActorView of(String upn, String nip, String name, boolean acting) {
            return upn == null ? null : new ActorView(upn, nip, Nip.printed(nip), name, acting);
        }
    }

    /**
     * An archive order; {@code content} only on the single-order view, lists leave it out. Once filed the order
     * carries its record's {@code accessClass}, and the content goes only to the roles it admits
     * ({@link ContentAccess}); otherwise {@code contentWithheld} is true. Seals (who initialled and signed, in which
     * post, when, on which version) and sealed amendments carry {@code verified}, checked again against
     * review-service's keyring, on the single-order view and on arrival.
     */
    public record OrderView(UUID id, UUID caseId, UUID reviewId, int version, int draftVersion, @Schema(maxLength = Limits.TITLE) String title,
                            int year, Period period, @Schema(pattern = Limits.SHA256) String contentHash, @Schema(maxLength = Limits.DRAFT_CONTENT) String content, AccessClass accessClass,
                            boolean contentWithheld, @Schema(maxItems = Limits.SEALS) List<Map<String, Object>> seals,
                            @Schema(maxItems = Limits.AMENDMENTS) List<Map<String, Object>> amendments,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sealsVerified,
                            @Schema(maxLength = Limits.DOCUMENT_NUMBER) String documentNumber, LocalDate documentDate, Instant signedAt, Instant receivedAt,
                            ArchiveOrderState state, @Schema(maxItems = ArchiveAction.COUNT) Set<ArchiveAction> allowedActions, int revision,
                            ActorView orderedBy, Instant orderedAt, @Schema(maxLength = Limits.REASON) String orderNote,
                            ActorView delegatedBy, Instant delegatedAt, @Schema(maxLength = Limits.REASON) String delegationNote,
                            @Schema(maxLength = Limits.UPN) String archivistUpn, @Schema(maxLength = Limits.NIP) String archivistNip, UUID recordId, Instant filedAt,
                            @Schema(maxItems = SopStep.COUNT) @JsonInclude(JsonInclude.Include.NON_NULL) List<StepView> steps,
                            @Schema(description = "In the inbox: the step waiting, with its working-time deadline "
                                    + "and urgency")
                            @JsonInclude(JsonInclude.Include.NON_NULL) StepView pending) {
        static OrderView of(ArchiveOrderEntity o, Caller reader, boolean withContent) {
            return of(o, reader, withContent, null, null);
        }

        /** An inbox row: the order and the step waiting on it, if any. */
        static OrderView inInbox(ArchiveOrderEntity o, Caller reader, StepView pending) {
            return of(o, reader, false, null, null, pending);
        }

        static OrderView of(ArchiveOrderEntity o, Caller reader, boolean withContent, List<StepView> steps,
                            SealChecks.Checked checked) {
            return of(o, reader, withContent, steps, checked, null);
        }

        private static OrderView of(ArchiveOrderEntity o, Caller reader, boolean withContent, List<StepView> steps,
                                    SealChecks.Checked checked, StepView pending) {
            boolean readable = ContentAccess.readable(o, reader);
            return new OrderView(o.id, o.caseId, o.reviewId, o.correctionVersion, o.draftVersion, o.title, o.year,
                    o.period, o.contentHash, withContent && readable ? o.content : null, o.accessClass, !readable,
                    checked == null ? o.seals : checked.seals(),
                    checked == null ? o.amendments : checked.amendments(),
                    checked == null ? null : checked.allVerified(), o.documentNumber, o.documentDate,
                    o.signedAt, o.receivedAt,
                    o.state, ArchiveOrderWorkflow.movesFrom(o.state).keySet(), o.version,
                    ActorView.of(o.orderedByUpn, o.orderedByNip, o.orderedByName, o.orderedActing), o.orderedAt,
                    o.orderNote,
                    ActorView.of(o.delegatedByUpn, o.delegatedByNip, o.delegatedByName, o.delegatedActing),
                    o.delegatedAt, o.delegationNote, o.archivistUpn, o.archivistNip, o.recordId, o.filedAt, steps,
                    pending);
        }
    }

    /**
     * One SOP step of an order as a task: who acts, since when, by when (the standard time counted in office hours),
     * how pressing it is while open, and when it was done.
     */
    public record StepView(int step, SopStep task, @Schema(maxLength = Limits.KIND) String actorRole, @Schema(maxLength = Limits.UPN) String assigneeUpn, Instant actionableAt,
                           @Schema(description = "The working-time deadline: the standard's minutes counted in "
                                   + "office hours from actionableAt") Instant dueAt,
                           @Schema(description = "While open: ON_TIME, DUE_SOON (little of the standard left) or "
                                   + "OVERDUE; null once done") TaskUrgency.Urgency urgency,
                           int standardMinutes, Instant doneAt, @Schema(maxLength = Limits.UPN) String doneBy,
                           @Schema(description = "Once done: the working minutes it took (office hours only)")
                           java.math.BigDecimal actualMinutes, @Schema(maxLength = Limits.NAME) String output) {
        static StepView of(TaskEntity t, TaskDeadlines deadlines) {
            TaskDeadlines.Deadline deadline = deadlines.of(t);
            return new StepView(t.step, t.kind, t.actorRole, t.assigneeUpn, t.actionableAt, deadline.dueAt(),
                    deadline.urgency(), t.standardMinutes, t.doneAt, t.doneByUpn,
                    deadline.workingMinutes(), t.output);
        }
    }

    public record QuarantineView(UUID id, UUID eventId, UUID caseId, int version, @Schema(maxLength = Limits.KIND) String reason, @Schema(maxLength = Limits.REASON) String detail,
                                 @Schema(maxLength = 64) String claimedHash, @Schema(maxLength = 64) String actualHash, Instant receivedAt, @Schema(maxLength = Limits.UPN) String receivedFrom,
                                 Map<String, Object> payload) {
        static QuarantineView of(QuarantinedArrivalEntity q) {
            return new QuarantineView(q.id, q.eventId, q.caseId, q.correctionVersion, q.reason, q.detail,
                    q.claimedHash, q.actualHash, q.receivedAt, q.receivedFrom, q.payload);
        }
    }

    public record LocationView(@Schema(maxLength = 50) String folder, @Schema(maxLength = 50) String box, @Schema(maxLength = 50) String shelf) {
    }

    public record PeriodCoveredView(LocalDate from, LocalDate to) {
    }

    public record RetentionView(int activeYears, int inactiveYears, FinalDisposition finalDisposition,
                                @Schema(maxLength = Limits.REASON) String dispositionNote, LocalDate inactiveFrom, LocalDate dispositionDue) {
    }

    public record ChainView(long sequence, @Schema(pattern = Limits.SHA256) String previousHash, @Schema(pattern = Limits.SHA256) String recordHash) {
    }

    /**
     * A filed record. Its metadata is visible to every reader; {@code content} only to the roles its access class
     * admits ({@link ContentAccess}), otherwise it is null and {@code contentWithheld} is true.
     */
    public record RecordView(UUID id, UUID orderId, UUID caseId, int version, @Schema(maxLength = Limits.TITLE) String title, int year, Period period,
                             @Schema(pattern = Limits.CLASSIFICATION) String classificationCode, @Schema(maxLength = 50) String fileNumber, int itemNumber, @Schema(maxLength = 100) String processingUnit,
                             @Schema(maxLength = Limits.REASON) String description, PeriodCoveredView periodCovered, int closingYear, int quantity,
                             Medium medium, Authenticity authenticity, AccessClass accessClass,
                             LocationView location, RetentionView retention, @Schema(pattern = Limits.SHA256) String contentHash, @Schema(maxLength = Limits.DRAFT_CONTENT) String content,
                             boolean contentWithheld, ChainView chain, ActorView filedBy, Instant filedAt,
                             @Schema(maxLength = Limits.DOCUMENT_NUMBER) String documentNumber, LocalDate documentDate,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(maxItems = Limits.SEALS) List<Map<String, Object>> seals,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(maxItems = Limits.AMENDMENTS) List<Map<String, Object>> amendments,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sealsVerified,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(pattern = Limits.SHA256, description = "SHA-256 of the signed PDF filed with the record (GET .../pdf); "
                                     + "covered by the record's chain hash")
                             String pdfSha256,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(pattern = Limits.VERIFICATION_ID, description = "The id of the document's public verification address")
                             String verificationId) {
        static RecordView of(ArchiveRecordEntity r, Caller reader, boolean withContent) {
            return of(r, reader, withContent, null);
        }

        /** With {@code checked}: the seals and sealed amendments the record holds, each verified again. */
        static RecordView of(ArchiveRecordEntity r, Caller reader, boolean withContent, SealChecks.Checked checked) {
            boolean readable = ContentAccess.readable(r, reader);
            return new RecordView(r.id, r.orderId, r.caseId, r.correctionVersion, r.title, r.year, r.period,
                    r.classificationCode, r.fileNumber, r.itemNumber, r.processingUnit, r.description,
                    new PeriodCoveredView(r.coveredFrom, r.coveredTo), r.closingYear, r.quantity, r.medium,
                    r.authenticity, r.accessClass, new LocationView(r.locationFolder, r.locationBox, r.locationShelf),
                    new RetentionView(r.activeYears, r.inactiveYears, r.finalDisposition, r.dispositionNote,
                            r.inactiveFrom, r.dispositionDue),
                    r.contentHash, withContent && readable ? r.content : null, !readable,
                    new ChainView(r.sequence, r.previousHash, r.recordHash),
                    ActorView.of(r.filedByUpn, r.filedByNip, r.filedByName, r.filedActing), r.filedAt,
                    r.documentNumber, r.documentDate, checked == null ? null : checked.seals(),
                    checked == null ? null : checked.amendments(), checked == null ? null : checked.allVerified(),
                    r.pdfSha256, r.verificationId);
        }
    }

    /** A Buku Agenda entry: {@code number} runs from 1 within {@code year}. */
    public record AgendaEntryView(UUID id, int year, int number,
                                  @Schema(maxLength = AGENDA_NUMBER, example = "15/2026") String agendaNumber,
                                  @Schema(maxLength = AgendaEntryEntity.SOURCE_SERVICE) String sourceService,
                                  @Schema(maxLength = AgendaRegistration.SOURCE_REF) String sourceRef, UUID caseId,
                                  AgendaDirection direction, Instant date,
                                  @Schema(maxLength = AgendaRegistration.PARTY) String from,
                                  @Schema(maxLength = Limits.ADDRESSEES) String to,
                                  @Schema(maxLength = Limits.DOCUMENT_NUMBER) String documentNumber,
                                  LocalDate documentDate, @Schema(maxLength = Limits.SUBJECT) String subject,
                                  int attachments, @Schema(maxLength = AgendaRegistration.FORWARDED_TO) String forwardedTo,
                                  @Schema(maxLength = Limits.REASON) String remarks, Integer step,
                                  @Schema(pattern = Limits.CLASSIFICATION) String classification,
                                  Instant registeredAt) {
        /** {@code number/year}: a counter of the year (an int) and four digits. */
        static final int AGENDA_NUMBER = 15;

        static AgendaEntryView of(AgendaEntryEntity e) {
            return new AgendaEntryView(e.id, e.year, e.number, e.number + "/" + e.year, e.sourceService,
                    e.sourceRef, e.caseId, e.direction, e.date, e.fromParty, e.toParty, e.documentNumber,
                    e.documentDate, e.subject, e.attachments, e.forwardedTo, e.remarks, e.step, e.classification,
                    e.registeredAt);
        }
    }
}
