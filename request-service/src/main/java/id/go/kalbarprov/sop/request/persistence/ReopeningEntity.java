package id.go.kalbarprov.sop.request.persistence;

import id.go.kalbarprov.sop.request.domain.CaseState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The Kabag reopened collection for one unit after forwarding: who, why, from which state, the reminder Nota Dinas
 * if one was sent, the unit's revised submission and when the Kabag forwarded again (closed).
 */
@DynamicUpdate // only changed columns: the runtime role may set only the answer and the closing
@Entity
@Table(name = "reopening")
public class ReopeningEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "unit_code")
    public String unitCode;
    public String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;
    @Column(name = "reopened_by_upn")
    public String reopenedByUpn;
    @Column(name = "reopened_by_nip")
    public String reopenedByNip;
    @Column(name = "reopened_by_name")
    public String reopenedByName;
    @Column(name = "reopened_acting")
    public boolean reopenedActing;
    @Column(name = "reopened_at")
    public Instant reopenedAt;
    @Column(name = "reminder_memo_id")
    public UUID reminderMemoId;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "resubmitted_at")
    public Instant resubmittedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by_upn")
    public String closedByUpn;
    @Column(name = "closing_note")
    public String closingNote;

    /** The reopening of the case still waiting for the Kabag to forward again, if any. */
    public static Optional<ReopeningEntity> openOf(UUID caseId) {
        return find("caseId = ?1 and closedAt is null", caseId).firstResultOptional();
    }

    /** The case's reopenings, oldest first; only those of {@code unit} when it is given. */
    public static List<ReopeningEntity> ofCase(UUID caseId, String unit) {
        return unit == null
                ? list("caseId = ?1 order by reopenedAt, id", caseId)
                : list("caseId = ?1 and unitCode = ?2 order by reopenedAt, id", caseId, unit);
    }
}
