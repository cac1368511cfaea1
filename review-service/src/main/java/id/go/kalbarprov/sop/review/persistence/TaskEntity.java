package id.go.kalbarprov.sop.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One level's turn on a review as a unit of work, measured against the SOP's standard time (Mutu Baku). */
@Entity
@Table(name = "review_task")
public class TaskEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "review_id")
    public UUID reviewId;
    public int round;
    public int level;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "actionable_at")
    public Instant actionableAt;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "done_by_upn")
    public String doneByUpn;
    /** The act that ended the turn: INITIALLED, SIGNED or RETURNED. */
    public String outcome;
    @Column(name = "standard_minutes")
    public int standardMinutes;

    public static Optional<TaskEntity> open(UUID reviewId) {
        return find("reviewId = ?1 and doneAt is null", reviewId).firstResultOptional();
    }

    public Instant dueAt() {
        return actionableAt.plusSeconds(standardMinutes * 60L);
    }
}
