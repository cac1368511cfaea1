package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.notification.Arrival;
import id.go.kalbarprov.sop.platform.observability.StepMetrics;
import id.go.kalbarprov.sop.platform.notification.Notifications;
import id.go.kalbarprov.sop.review.config.ReviewConfig;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Each level's turn is a task with the standard minutes in force when it opened (Mutu Baku), told to the level's role
 * when it opens ({@link Notifications}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tasks {

    @Inject
    ReviewConfig config;

    @Inject
    Notifications notifications;

    @Inject
    StepMetrics stepMetrics;

    public TaskEntity open(UUID reviewId, int round, Level level, Instant actionableAt) {
        TaskEntity task = new TaskEntity();
        task.id = UUID.randomUUID();
        task.reviewId = reviewId;
        task.round = round;
        task.level = level.number;
        task.actorRole = level.role;
        task.actionableAt = actionableAt;
        task.standardMinutes = standardMinutes(level);
        task.persist();
        ReviewEntity review = ReviewEntity.findById(reviewId);
        notifications.taskArrived(task, Arrival.of(task, review.caseId, level.number, "REVIEW_" + level.name()));
        return task;
    }

    /** Completes the review's open task; returns it, or null when none was open. */
    public TaskEntity complete(UUID reviewId, String doneBy, String outcome, Instant at) {
        return TaskEntity.open(reviewId).map(task -> {
            task.doneAt = at;
            task.doneByUpn = doneBy;
            task.outcome = outcome;
            stepMetrics.completed(task.level, task);
            // Written now: Hibernate would insert the next level's task before this update, and one review has
            // at most one open task.
            task.persistAndFlush();
            return task;
        }).orElse(null);
    }

    public int standardMinutes(Level level) {
        ReviewConfig.StandardMinutes minutes = config.standardMinutes();
        return switch (level) {
            case KASUBBAG -> minutes.level5();
            case KABAG -> minutes.level6();
            case KARO -> minutes.level7();
        };
    }
}
