package id.go.kalbarprov.sop.review.persistence;

import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** One level's turn on a review as a unit of work, measured against the SOP's standard time (Mutu Baku). */
@Entity
@Table(name = "review_task")
public class TaskEntity extends MeasuredTask {

    @Column(name = "review_id")
    public UUID reviewId;
    public int round;
    public int level;
    /** The act that ended the turn: INITIALLED, SIGNED or RETURNED. */
    public String outcome;

    public static Optional<TaskEntity> open(UUID reviewId) {
        return find("reviewId = ?1 and doneAt is null", reviewId).firstResultOptional();
    }
}
