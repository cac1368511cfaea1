package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
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
 * A line of the retention schedule (Jadwal Retensi Arsip) as approved: only an approved proposal adds or changes
 * one ({@code version} counts the approvals). Its classification codes are the classification list.
 */
@DynamicUpdate // only changed columns: the runtime role may update only a rule's terms and approval
@Entity
@Table(name = "retention_rule")
public class RetentionRuleEntity extends PanacheEntityBase {

    @Id
    @Column(name = "classification_code")
    public String classificationCode;
    public String title;
    @Column(name = "active_years")
    public int activeYears;
    @Column(name = "inactive_years")
    public int inactiveYears;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_disposition")
    public FinalDisposition finalDisposition;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    public int version;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "proposal_id")
    public UUID proposalId;

    public RetentionRule rule() {
        return new RetentionRule(activeYears, inactiveYears, finalDisposition);
    }

    /**
     * Serialises, until the transaction ends, everything that adds or changes the line of {@code code} (one may
     * not exist yet, so a row lock is not enough): two approvals of one code never both apply.
     */
    public static void lockCode(String code) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) locked")
                .setParameter("key", "retention_rule:" + code).getSingleResult();
    }
}
