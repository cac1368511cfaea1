package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.archive.config.ArchiveConfig;
import id.go.kalbarprov.sop.platform.observability.StepMetrics;
import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.notification.Arrival;
import id.go.kalbarprov.sop.platform.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Opens and completes the step tasks of an archive order, with the standard minutes in force when the step opened; a
 * new task is told to whoever must act ({@link Notifications}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tasks {

    @Inject
    ArchiveConfig config;

    @Inject
    Notifications notifications;

    @Inject
    StepMetrics stepMetrics;

    public TaskEntity open(ArchiveOrderEntity order, SopStep step, String assigneeUpn, Instant actionableAt) {
        TaskEntity task = new TaskEntity();
        task.begin(order.caseId, step.number, step.actorRole, step.output, assigneeUpn, actionableAt, standardMinutes(step));
        task.kind = step;
        task.orderId = order.id;
        task.persist();
        notifications.taskArrived(task, Arrival.of(task, step.name()));
        return task;
    }

    /** Completes the open task of {@code step}; there always is one, opened by the step before. */
    public TaskEntity complete(UUID orderId, SopStep step, String doneBy, Instant at) {
        TaskEntity task = TaskEntity.open(orderId, step)
                .orElseThrow(() -> new IllegalStateException("No open " + step + " task for order " + orderId));
        task.doneAt = at;
        task.doneByUpn = doneBy;
        stepMetrics.completed(step.number, task);
        return task;
    }

    /**
     * Hands an open task to someone else, who is told; the clock keeps running from when the step became actionable.
     */
    public void reassign(UUID orderId, SopStep step, String assigneeUpn) {
        TaskEntity.open(orderId, step).ifPresent(task -> {
            boolean handedOn = assigneeUpn != null && !assigneeUpn.equals(task.assigneeUpn);
            task.assigneeUpn = assigneeUpn;
            if (handedOn) {
                notifications.taskReassigned(task, Arrival.of(task, step.name()));
            }
        });
    }

    private int standardMinutes(SopStep step) {
        ArchiveConfig.StandardMinutes minutes = config.standardMinutes();
        return switch (step) {
            case ORDER -> minutes.step8();
            case DELEGATION -> minutes.step9();
            case FILING -> minutes.step10();
        };
    }
}
