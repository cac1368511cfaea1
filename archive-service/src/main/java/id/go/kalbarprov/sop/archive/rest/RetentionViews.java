package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.archive.service.RetentionSchedule;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import id.go.kalbarprov.sop.archive.domain.ProposalState;
import id.go.kalbarprov.sop.archive.domain.RetentionMinimums;
import id.go.kalbarprov.sop.archive.persistence.RetentionMinimumEntity;
import id.go.kalbarprov.sop.archive.persistence.RetentionProposalEntity;
import id.go.kalbarprov.sop.archive.persistence.RetentionRuleEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of the retention schedule, its proposals and the minimum retentions. */
public final class RetentionViews {

    private RetentionViews() {
    }

    /** An approved line of the schedule; {@code version} counts its approvals. */
    public record RetentionRuleView(@Schema(pattern = Limits.CLASSIFICATION) String classificationCode, @Schema(maxLength = 300) String title, int activeYears, int inactiveYears,
                                    FinalDisposition finalDisposition, @Schema(maxLength = Limits.REASON) String note, Instant createdAt,
                                    @Schema(maxLength = Limits.UPN) String createdBy, int version, Instant approvedAt, @Schema(maxLength = Limits.UPN) String approvedBy,
                                    UUID proposalId) {
        static RetentionRuleView of(RetentionRuleEntity r) {
            return new RetentionRuleView(r.classificationCode, r.title, r.activeYears, r.inactiveYears,
                    r.finalDisposition, r.note, r.createdAt, r.createdBy, r.version, r.approvedAt, r.approvedBy,
                    r.proposalId);
        }
    }

    /** The terms of a line, as proposed or as they were before. */
    public record RuleTerms(@Schema(maxLength = 300) String title, int activeYears, int inactiveYears, FinalDisposition finalDisposition,
                            @Schema(maxLength = Limits.REASON) String note) {
    }

    /**
     * A proposal: {@code before} is the line it changes (null for a new code), {@code after} what it proposes;
     * {@code decidedBy}, {@code decidedAt} and {@code decisionReason} (the rejection's reason, or an approval's
     * note) once decided, {@code resultingVersion} the version of the line it became when approved.
     */
    public record ProposalView(UUID id, @Schema(pattern = Limits.CLASSIFICATION) String classificationCode,
                               @Schema(maxLength = Limits.KIND, description = "NEW or CHANGE") String kind, Integer baseVersion,
                               ProposalState state, RuleTerms before, RuleTerms after, @Schema(maxLength = Limits.REASON) String reason,
                               Views.ActorView proposedBy, Instant proposedAt, Views.ActorView decidedBy,
                               Instant decidedAt, @Schema(maxLength = Limits.REASON) String decisionReason, Integer resultingVersion) {
        static ProposalView of(RetentionProposalEntity p) {
            RuleTerms before = p.isChange() ? new RuleTerms(p.beforeTitle, p.beforeActiveYears,
                    p.beforeInactiveYears, p.beforeFinalDisposition, p.beforeNote) : null;
            RuleTerms after = new RuleTerms(p.title, p.activeYears, p.inactiveYears, p.finalDisposition, p.note);
            Views.ActorView decidedBy = p.decidedByUpn == null ? null : Views.ActorView.of(p.decidedByUpn,
                    p.decidedByNip, p.decidedByName, Boolean.TRUE.equals(p.decidedActing));
            return new ProposalView(p.id, p.classificationCode, p.isChange() ? "CHANGE" : "NEW", p.baseVersion,
                    p.state, before, after, p.reason,
                    Views.ActorView.of(p.proposedByUpn, p.proposedByNip, p.proposedByName, p.proposedActing),
                    p.proposedAt, decidedBy, p.decidedAt, p.decisionReason, p.resultingVersion);
        }
    }

    /** Minimum retentions (active + inactive years) for destruction, and the one for codes without a known minimum. */
    public record MinimumsView(
            @Schema(description = "Required of a destroying rule whose code has no minimum on itself or above it")
            int defaultMinimumYears,
            @Schema(description = "Written with the schema's migrations, per classification code",
                    maxItems = RetentionSchedule.MAX_RULES) List<MinimumView> items) {
        static MinimumsView of(List<RetentionMinimumEntity> minimums) {
            return new MinimumsView(RetentionMinimums.DEFAULT_MINIMUM_YEARS, minimums.stream()
                    .map(m -> new MinimumView(m.classificationCode, m.minimumYears, m.source)).toList());
        }
    }

    /** The minimum of a code, which covers its sub-codes too, and where it comes from. */
    public record MinimumView(@Schema(pattern = Limits.CLASSIFICATION) String classificationCode, int minimumYears, @Schema(maxLength = 500) String source) {
    }
}
