package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.notification.Arrival;
import id.go.kalbarprov.sop.platform.observability.StepMetrics;
import id.go.kalbarprov.sop.platform.notification.Notifications;
import id.go.kalbarprov.sop.request.config.RequestConfig;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.request.persistence.TaskEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Opens and completes the step tasks of a case, with the standard minutes in force when the step opened. A new task
 * is told to whoever must act ({@link Notifications}); a step reported done by another service is not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tasks {

    @Inject
    RequestConfig config;

    @Inject
    Notifications notifications;

    @Inject
    StepMetrics stepMetrics;

    public TaskEntity open(UUID caseId, SopStep step, String assigneeUpn, Instant actionableAt) {
        TaskEntity task = create(caseId, step, assigneeUpn, null, actionableAt);
        notifications.taskArrived(task, Arrival.of(task, step.name()));
        return task;
    }

    /** A task held by a unit rather than a person: its revised rows after collection was reopened for it. */
    public TaskEntity openForUnit(UUID caseId, SopStep step, String unitCode, Instant actionableAt) {
        TaskEntity task = create(caseId, step, null, unitCode, actionableAt);
        notifications.taskArrived(task, Arrival.of(task, step.name()).heldByUnit(unitCode));
        return task;
    }

    private TaskEntity create(UUID caseId, SopStep step, String assigneeUpn, String assigneeUnit, Instant actionableAt) {
        TaskEntity task = new TaskEntity();
        task.begin(caseId, step.number, step.actorRole, step.output, assigneeUpn, actionableAt, standardMinutes(step));
        task.kind = step;
        task.assigneeUnit = assigneeUnit;
        task.persist();
        return task;
    }

    /** A step done in the act that made it actionable (the Karo's disposition, given with the case): nobody is told. */
    public TaskEntity recordDone(UUID caseId, SopStep step, String doneBy, Instant actionableAt, Instant doneAt) {
        return recordRemote(caseId, step, doneBy, actionableAt, doneAt, null);
    }

    /** A step done in another service, as it reported it: already complete when recorded. */
    public TaskEntity recordRemote(UUID caseId, SopStep step, String doneBy, Instant actionableAt, Instant doneAt,
                                   Integer standardMinutes) {
        TaskEntity task = create(caseId, step, doneBy, null, actionableAt);
        if (standardMinutes != null) {
            task.standardMinutes = standardMinutes;
        }
        task.doneAt = doneAt;
        task.doneByUpn = doneBy;
        return task;
    }

    /** Completes the open task of {@code step}; returns it, or null when there was none open. */
    public TaskEntity complete(UUID caseId, SopStep step, String doneBy, Instant at) {
        TaskEntity task = TaskEntity.open(caseId, step).orElse(null);
        if (task != null) {
            task.doneAt = at;
            task.doneByUpn = doneBy;
            stepMetrics.completed(step.number, task);
        }
        return task;
    }

    /** The case ended: every task still open is closed, done by whoever ended it; inboxes no longer show them. */
    public void closeAll(UUID caseId, String by, Instant at) {
        TaskEntity.<TaskEntity>list("caseId = ?1 and doneAt is null", caseId).forEach(task -> {
            task.doneAt = at;
            task.doneByUpn = by;
        });
    }

    /**
     * Hands an open task to another officer, who is told. The clock rule of all three services: a step is measured
     * from when its role could first act on it until it is done; a reassignment does not restart it (the case waited
     * all along).
     */
    public void reassign(UUID caseId, SopStep step, String assigneeUpn) {
        TaskEntity.open(caseId, step).ifPresent(task -> {
            boolean handedOn = assigneeUpn != null && !assigneeUpn.equals(task.assigneeUpn);
            task.assigneeUpn = assigneeUpn;
            if (handedOn) {
                notifications.taskReassigned(task, Arrival.of(task, step.name()));
            }
        });
    }

    /**
     * Moves an open task's start: the step's input was replaced (new material arrived after a reopened collection),
     * so its work starts again — the only event that restarts a step's clock; a new assignee is told.
     */
    public void restart(UUID caseId, SopStep step, String assigneeUpn, Instant at) {
        TaskEntity.open(caseId, step).ifPresent(task -> {
            boolean handedOn = assigneeUpn != null && !assigneeUpn.equals(task.assigneeUpn);
            task.actionableAt = at;
            task.assigneeUpn = assigneeUpn;
            if (handedOn) {
                notifications.taskReassigned(task, Arrival.of(task, step.name()));
            }
        });
    }

    private int standardMinutes(SopStep step) {
        RequestConfig.StandardMinutes minutes = config.standardMinutes();
        return switch (step) {
            case DISPOSITION -> minutes.step1();
            case MEMO -> minutes.memo();
            case FORWARD -> minutes.step2();
            case ASSIGNMENT -> minutes.step3();
            case DRAFT -> minutes.step4();
            case RESUBMISSION -> minutes.resubmission();
            case REVIEW_KASUBBAG, REVIEW_KABAG, REVIEW_KARO -> 20;
            case ARCHIVE_ORDER, ARCHIVE_DELEGATION, FILING -> 5;
        };
    }
}
