package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.seal.SealStatement;
import id.go.kalbarprov.sop.review.service.ReviewActions;
import id.go.kalbarprov.sop.review.service.DraftVersions;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.calendar.TaskUrgency;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.review.domain.ApprovalAct;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.review.domain.Decision;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.review.domain.ReviewStatus;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.review.service.Sealing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows: records built from entities, never the entities themselves. */
public final class Views {

    private Views() {
    }

    public record OfficerView(@Schema(maxLength = Limits.UPN) String upn, @Schema(maxLength = Limits.NIP) String nip, @Schema(maxLength = Limits.NAME) String name, boolean acting) {
    }

    /**
     * The level whose turn it is, since when, and by when the SOP's standard time expects it done: {@code dueAt} in
     * working time (office hours only), {@code urgency} how pressing it is now ({@code TaskUrgency}).
     */
    public record TurnView(int level, @Schema(maxLength = Limits.KIND) String role, @Schema(maxLength = Limits.NAME) String post, ApprovalAct approval, Instant since,
                           int standardMinutes,
                           @Schema(description = "The working-time deadline: the standard's minutes counted in "
                                   + "office hours from since") Instant dueAt,
                           @Schema(description = "Past its working-time deadline (urgency OVERDUE)") boolean overdue,
                           @Schema(description = "ON_TIME, DUE_SOON (little of the standard left) or OVERDUE")
                           TaskUrgency.Urgency urgency) {
        static TurnView of(TaskEntity task, TaskDeadlines deadlines) {
            if (task == null) {
                return null;
            }
            Level level = Level.of(task.level);
            TaskDeadlines.Deadline deadline = deadlines.of(task);
            return new TurnView(level.number, level.role, level.post, level.approval, task.actionableAt,
                    task.standardMinutes, deadline.dueAt(), deadline.overdue(), deadline.urgency());
        }
    }

    public record ReviewSummary(UUID id, UUID caseId, @Schema(maxLength = Limits.TITLE) String title, int year, Period period, ReviewStatus status,
                                int round, int currentVersion, TurnView pending, Instant updatedAt) {
        static ReviewSummary of(ReviewEntity r, TaskEntity openTask, TaskDeadlines deadlines) {
            return new ReviewSummary(r.id, r.caseId, r.title, r.year, r.period, r.status, r.round,
                    r.currentVersion, TurnView.of(openTask, deadlines), r.updatedAt);
        }
    }

    public record ReviewDetail(UUID id, UUID caseId, @Schema(maxLength = Limits.TITLE) String title, int year, Period period, ReviewStatus status,
                               TurnView pending, int round, int currentVersion, @Schema(pattern = Limits.SHA256) String currentContentHash,
                               Instant createdAt, Instant updatedAt, Instant signedAt,
                               @Schema(maxItems = DraftVersions.MAX_VERSIONS) List<VersionSummary> versions,
                               @Schema(maxItems = ReviewActions.MAX_ACTS) List<ActView> acts) {
        static ReviewDetail of(ReviewEntity r, TaskEntity openTask, List<ReviewVersionEntity> versions,
                               List<ActEntity> acts, TaskDeadlines deadlines) {
            String currentHash = versions.stream().filter(v -> v.number == r.currentVersion)
                    .map(v -> v.contentHash).findFirst().orElse(null);
            return new ReviewDetail(r.id, r.caseId, r.title, r.year, r.period, r.status,
                    TurnView.of(openTask, deadlines),
                    r.round, r.currentVersion, currentHash, r.createdAt, r.updatedAt, r.signedAt,
                    versions.stream().map(VersionSummary::of).toList(), acts.stream().map(ActView::of).toList());
        }
    }

    public record VersionSummary(int number, int round, @Schema(maxLength = Limits.KIND) String origin, Integer draftVersion, Integer level,
                                 OfficerView author, @Schema(maxLength = Limits.NAME) String authorPost, @Schema(maxLength = Limits.REASON) String note, @Schema(pattern = Limits.SHA256) String contentHash, int changes,
                                 Instant createdAt) {
        static VersionSummary of(ReviewVersionEntity v) {
            return new VersionSummary(v.number, v.round, v.origin, v.draftVersion, v.level, authorOf(v),
                    v.authorPost, v.note, v.contentHash, v.diff.size(), v.createdAt);
        }
    }

    /** One amendment in the history: who amended, in which post and capacity, why, and each field it changed. */
    public record AmendmentView(int number, int round, int baseVersion, Integer level, OfficerView author,
                                @Schema(maxLength = Limits.NAME) String authorPost, @Schema(maxLength = Limits.REASON) String note, @Schema(pattern = Limits.SHA256) String contentHash,
                                @Schema(maxItems = DraftVersions.MAX_CHANGES) List<Map<String, Object>> changes,
                                Instant createdAt) {
        static AmendmentView of(ReviewVersionEntity v) {
            return new AmendmentView(v.number, v.round, v.number - 1, v.level, authorOf(v), v.authorPost, v.note,
                    v.contentHash, v.diff, v.createdAt);
        }
    }

    /** One version in full: its content (as JSON and as the exact canonical text hashed) and its diff. */
    public record VersionView(UUID reviewId, int number, int round, @Schema(maxLength = Limits.KIND) String origin, Integer draftVersion,
                              Integer level, OfficerView author, @Schema(maxLength = Limits.NAME) String authorPost, @Schema(maxLength = Limits.REASON) String note, @Schema(pattern = Limits.SHA256) String contentHash,
                              Object content, @Schema(maxLength = Limits.DRAFT_CONTENT) String canonicalContent,
                              @Schema(maxItems = DraftVersions.MAX_CHANGES) List<Map<String, Object>> diff,
                              Instant createdAt) {
        static VersionView of(ReviewVersionEntity v) {
            return new VersionView(v.reviewId, v.number, v.round, v.origin, v.draftVersion, v.level, authorOf(v),
                    v.authorPost, v.note, v.contentHash, CanonicalJson.read(v.content), v.content, v.diff, v.createdAt);
        }
    }

    public record DiffView(UUID reviewId, int from, @Schema(pattern = Limits.SHA256) String fromContentHash, int to, @Schema(pattern = Limits.SHA256) String toContentHash,
                           @Schema(maxItems = DraftVersions.MAX_CHANGES) List<Map<String, Object>> changes) {
    }

    public record ActView(long id, int round, int level, ActKind kind, Decision decision, OfficerView by,
                          @Schema(maxLength = Limits.NAME) String post, Instant at, @Schema(maxLength = Limits.REASON) String reason, int version, @Schema(pattern = Limits.SHA256) String contentHash) {
        static ActView of(ActEntity a) {
            Decision decision = a.kind.isApproval() ? Decision.APPROVE
                    : a.kind == ActKind.RETURNED ? Decision.RETURN : null;
            return new ActView(a.id, a.round, a.level, a.kind, decision,
                    new OfficerView(a.upn, a.nip, a.name, a.acting), a.post, a.at, a.reason, a.version,
                    a.contentHash);
        }
    }

    /** A seal; {@code baseVersion}/{@code baseHash} for an amendment, the document number for the signature. */
    public record SealView(long id, UUID reviewId, int level, SealAct act, @Schema(maxLength = Limits.UPN) String upn, @Schema(maxLength = Limits.NIP) String nip, @Schema(maxLength = Limits.NAME) String name,
                           @Schema(maxLength = Limits.NAME) String post, boolean acting, Instant at, int version, @Schema(pattern = Limits.SHA256) String contentHash,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer baseVersion,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(pattern = Limits.SHA256) String baseHash,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(maxLength = Limits.DOCUMENT_NUMBER) String documentNumber,
                           @JsonInclude(JsonInclude.Include.NON_NULL) java.time.LocalDate documentDate,
                           @Schema(maxLength = Limits.ALGORITHM) String algorithm, @Schema(maxLength = Limits.KEY_ID) String keyId, @Schema(maxLength = Limits.SIGNATURE) String signature, @Schema(maxLength = Limits.KIND) String format,
                           @Schema(maxLength = SealStatement.MAX_LENGTH) String statement) {
        static SealView of(SealEntity s) {
            return new SealView(s.id, s.reviewId, s.level, s.act, s.upn, s.nip, s.name, s.post, s.acting, s.at,
                    s.version, s.contentHash, s.baseVersion, s.baseHash, s.documentNumber, s.documentDate,
                    s.algorithm, s.keyId, s.signature, s.format, s.statement().text());
        }
    }

    public record SealCheckView(long sealId, int level, SealAct act, int version, @Schema(pattern = Limits.SHA256) String sealedContentHash,
                                @Schema(pattern = Limits.SHA256) String actualContentHash, boolean contentHashMatches, boolean signatureValid,
                                boolean valid) {
        static SealCheckView of(Sealing.Check check) {
            SealEntity s = check.seal();
            return new SealCheckView(s.id, s.level, s.act, s.version, s.contentHash, check.actualContentHash(),
                    check.contentHashMatches(), check.signatureValid(), check.valid());
        }
    }

    /** Each seal seals one act. */
    public record VerificationView(UUID reviewId, boolean allValid,
                                   @Schema(maxItems = ReviewActions.MAX_ACTS) List<SealCheckView> seals) {
    }

    public record DecisionView(ActView act, SealView seal, ReviewSummary review) {
    }

    private static OfficerView authorOf(ReviewVersionEntity v) {
        return new OfficerView(v.authorUpn, v.authorNip, v.authorName, v.authorActing);
    }

    /** Whether a handoff's delivery changed anything, or was a repeat of one already applied. */
    public record HandoffApplied(UUID eventId, boolean applied) {
    }
}
