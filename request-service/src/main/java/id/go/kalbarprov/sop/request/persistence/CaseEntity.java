package id.go.kalbarprov.sop.request.persistence;

import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.platform.domain.Period;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A performance data correction case with the Karo's disposition (disposisi). */
@Entity
@Table(name = "correction_case")
public class CaseEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    public int year;
    @Enumerated(EnumType.STRING)
    public Period period;
    public String reason;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_units", columnDefinition = "text[]")
    public String[] targetUnits;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String instruction;
    public String urgency;
    @Column(name = "disposition_note")
    public String dispositionNote;
    @Column(name = "letter_number")
    public String letterNumber;
    @Column(name = "letter_date")
    public LocalDate letterDate;
    @Column(name = "letter_from")
    public String letterFrom;
    /** The incoming letter's subject (perihal), as the Lembar Disposisi prints it. */
    @Column(name = "letter_subject")
    public String letterSubject;
    @Column(name = "letter_received_at")
    public Instant letterReceivedAt;
    @Enumerated(EnumType.STRING)
    public CaseState state;
    @Version
    public int version;
    @Column(name = "opened_by_upn")
    public String openedByUpn;
    @Column(name = "opened_by_nip")
    public String openedByNip;
    @Column(name = "opened_by_name")
    public String openedByName;
    @Column(name = "opened_acting")
    public boolean openedActing;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "assignee_upn")
    public String assigneeUpn;
    @Column(name = "assignee_nip")
    public String assigneeNip;
    /** The assigned pelaksana's name and post as the register of officers knew them at the assignment. */
    @Column(name = "assignee_name")
    public String assigneeName;
    @Column(name = "assignee_post")
    public String assigneePost;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "draft_versions")
    public int draftVersions;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** While REOPENED: the one unit whose collection the Kabag reopened. */
    @Column(name = "reopened_unit")
    public String reopenedUnit;
    /** While REOPENED: the state the case resumes when the Kabag forwards again. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_state")
    public CaseState resumeState;

    public boolean addressedTo(String unit) {
        if (unit == null) {
            return false;
        }
        for (String target : targetUnits) {
            if (target.equals(unit)) {
                return true;
            }
        }
        return false;
    }
}
