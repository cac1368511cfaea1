package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.calendar.OfficeClock;
import id.go.kalbarprov.sop.platform.calendar.WorkingTime;
import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import id.go.kalbarprov.sop.platform.task.StepTask;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Finds open tasks past their working-time deadline ({@link WorkingTime#deadlineOf}, as of {@link OfficeClock#now})
 * whose breach has not been told, and tells the holder's superior
 * ({@link Superiors}) once. Runs every minute on each replica ({@code sop.notifications.breach-check.*}); the
 * notification table's unique key on a task's breach makes a second replica's attempt a no-op. The tasks are this
 * service's {@link MeasuredTask} entities, found in the persistence unit — a service declares nothing for it.
 */
@ApplicationScoped
public class BreachWatch {

    private static final Logger LOG = Logger.getLogger(BreachWatch.class);

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    WorkingTime workingTime;

    @Inject
    OfficeClock clock;

    @Inject
    NotificationConfig config;

    @Scheduled(every = "${sop.notifications.breach-check.every:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.breachCheck().enabled()) {
            check();
        }
    }

    /** One look: tells every breach not yet told; returns how many were told. */
    public int check() {
        Instant now = clock.now();
        int told = 0;
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            if (MeasuredTask.class.isAssignableFrom(type.getJavaType())) {
                @SuppressWarnings("unchecked")
                Class<? extends MeasuredTask> taskType = (Class<? extends MeasuredTask>) type.getJavaType();
                for (UUID id : overdueCandidates(taskType, now)) {
                    try {
                        if (QuarkusTransaction.requiringNew().call(() -> tell(taskType, id, now))) {
                            told++;
                        }
                    } catch (RuntimeException e) {
                        LOG.warnf("Telling the breach of task %s failed; the next look retries: %s", id, e.toString());
                    }
                }
            }
        }
        return told;
    }

    /**
     * Open tasks past their standard in wall-clock time, held by a role that has a superior, not yet told. Working
     * time never runs faster than the wall clock, so every task past its working-time deadline is among them.
     */
    private List<UUID> overdueCandidates(Class<? extends MeasuredTask> taskType, Instant now) {
        String table = taskType.getAnnotation(Table.class).name();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("SELECT t.id FROM " + table + " t"
                            + " WHERE t.done_at IS NULL AND t.actor_role IN (?1)"
                            + " AND t.actionable_at + make_interval(mins => t.standard_minutes) <= ?2"
                            + " AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.task_id = t.id"
                            + " AND n.kind = 'STANDARD_BREACHED') ORDER BY t.actionable_at LIMIT 500")
                    .setParameter(1, Superiors.rolesWithSuperior()).setParameter(2, now).getResultList();
            return ids;
        });
    }

    private boolean tell(Class<? extends MeasuredTask> taskType, UUID id, Instant now) {
        MeasuredTask task = em.find(taskType, id);
        if (task == null || task.doneAt != null || workingTime.deadlineOf(task).isAfter(now)) {
            return false;
        }
        return notifications.standardBreached(task, arrivalOf(task)).isPresent();
    }

    /** The task as its arrival was told (case, step, name, holder); for a task older than notifications, itself. */
    private Arrival arrivalOf(MeasuredTask task) {
        @SuppressWarnings("unchecked")
        List<Object[]> told = em.createNativeQuery("""
                        SELECT case_id, step, task_name, recipient_upn, recipient_unit FROM notification
                        WHERE task_id = ?1 AND kind = 'TASK_ARRIVED' ORDER BY seq LIMIT 1""")
                .setParameter(1, task.id).getResultList();
        String upn = task instanceof StepTask step ? step.assigneeUpn : null;
        if (!told.isEmpty()) {
            Object[] row = told.get(0);
            return new Arrival(task.id, (UUID) row[0], row[1] == null ? 0 : ((Number) row[1]).intValue(),
                    (String) row[2], task.actorRole, upn != null ? upn : (String) row[3], (String) row[4]);
        }
        if (task instanceof StepTask step) {
            return Arrival.of(step, "STEP_" + step.step);
        }
        return new Arrival(task.id, null, 0, null, task.actorRole, null, null);
    }
}
