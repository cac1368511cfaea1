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

/** A line of the retention schedule (Jadwal Retensi Arsip); its classification codes are the classification list. */
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

    public RetentionRule rule() {
        return new RetentionRule(activeYears, inactiveYears, finalDisposition);
    }
}
