package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import id.go.kalbarprov.sop.archive.domain.ProposalState;
import id.go.kalbarprov.sop.archive.domain.RetentionRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A proposed new line of the retention schedule, or a change of one ({@code baseVersion} set, with the line as it
 * was in {@code before*}), and its decision. What was proposed never changes; the decision is written once.
 */
@DynamicUpdate // only changed columns: the runtime role may update only the decision
@Entity
@Table(name = "retention_proposal")
public class RetentionProposalEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "classification_code")
    public String classificationCode;
    @Column(name = "base_version")
    public Integer baseVersion;
    @Enumerated(EnumType.STRING)
    public ProposalState state;
    public String title;
    @Column(name = "active_years")
    public int activeYears;
    @Column(name = "inactive_years")
    public int inactiveYears;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_disposition")
    public FinalDisposition finalDisposition;
    public String note;
    @Column(name = "before_title")
    public String beforeTitle;
    @Column(name = "before_active_years")
    public Integer beforeActiveYears;
    @Column(name = "before_inactive_years")
    public Integer beforeInactiveYears;
    @Enumerated(EnumType.STRING)
    @Column(name = "before_final_disposition")
    public FinalDisposition beforeFinalDisposition;
    @Column(name = "before_note")
    public String beforeNote;
    public String reason;
    @Column(name = "proposed_by_upn")
    public String proposedByUpn;
    @Column(name = "proposed_by_nip")
    public String proposedByNip;
    @Column(name = "proposed_by_name")
    public String proposedByName;
    @Column(name = "proposed_acting")
    public boolean proposedActing;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "decided_by_upn")
    public String decidedByUpn;
    @Column(name = "decided_by_nip")
    public String decidedByNip;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "decided_acting")
    public Boolean decidedActing;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "resulting_version")
    public Integer resultingVersion;

    /** The rule as proposed. */
    public RetentionRule rule() {
        return new RetentionRule(activeYears, inactiveYears, finalDisposition);
    }

    public boolean isChange() {
        return baseVersion != null;
    }
}
