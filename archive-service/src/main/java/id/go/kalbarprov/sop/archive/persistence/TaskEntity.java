package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.archive.domain.SopStep;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One SOP step of one archive order as a unit of work: who acts, since when, done when, against which standard. */
@Entity
@Table(name = "task")
public class TaskEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "case_id")
    public UUID caseId;
    public int step;
    @Enumerated(EnumType.STRING)
    public SopStep kind;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "assignee_upn")
    public String assigneeUpn;
    @Column(name = "actionable_at")
    public Instant actionableAt;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "done_by_upn")
    public String doneByUpn;
    @Column(name = "standard_minutes")
    public int standardMinutes;
    public String output;

    public static Optional<TaskEntity> open(UUID orderId, SopStep kind) {
        return find("orderId = ?1 and kind = ?2 and doneAt is null", orderId, kind).firstResultOptional();
    }

    public Instant dueAt() {
        return actionableAt.plusSeconds(standardMinutes * 60L);
    }
}
