package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/** A unit's submission of corrected indicator rows. A later revision supersedes it; it stays readable. */
@DynamicUpdate // only changed columns: the runtime role may update only those the workflow moves
@Entity
@Table(name = "submission")
public class SubmissionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "unit_code")
    public String unitCode;
    public int revision;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "submitted_by_upn")
    public String submittedByUpn;
    @Column(name = "submitted_by_name")
    public String submittedByName;
    public String note;
    @Column(name = "letter_number")
    public String letterNumber;
    @Column(name = "letter_date")
    public LocalDate letterDate;
    public int attachments;
    /** The revision of the unit's performance agreement the rows took their indicators and targets from. */
    @Column(name = "agreement_revision")
    public Integer agreementRevision;
    /** The role of whoever entered it: unit, or pelaksana / kasubbag for a reply entered on the unit's behalf. */
    @Column(name = "entered_by_role")
    public String enteredByRole;
    @Column(name = "on_behalf")
    public boolean onBehalf;
    @Column(name = "letter_attachment_id")
    public UUID letterAttachmentId;
    @Column(name = "superseded_at")
    public Instant supersededAt;
    /** The reopening of collection this submission answers; null for one made while the case was collecting. */
    @Column(name = "reopening_id")
    public UUID reopeningId;

    public static List<SubmissionEntity> current(UUID caseId) {
        return list("caseId = ?1 and supersededAt is null order by unitCode", caseId);
    }

    /** The current submissions of several cases. */
    public static List<SubmissionEntity> currentOf(java.util.Collection<UUID> caseIds) {
        return list("caseId in ?1 and supersededAt is null", caseIds);
    }

    public static List<SubmissionEntity> all(UUID caseId, String unit) {
        return unit == null
                ? list("caseId = ?1 order by unitCode, revision", caseId)
                : list("caseId = ?1 and unitCode = ?2 order by revision", caseId, unit);
    }
}
