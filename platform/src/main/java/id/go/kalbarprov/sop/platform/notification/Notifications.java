package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.calendar.WorkingTime;
import id.go.kalbarprov.sop.platform.task.MeasuredTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells whoever must act. Each service calls {@link #taskArrived} where it opens a task, in the same transaction, so
 * a task and its notification exist together or not at all; every {@link NotificationChannel} (webhooks, e-mail)
 * records its deliveries in that transaction too, through the outbox, so none blocks the step or is lost.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    EntityManager em;

    @Inject
    WorkingTime workingTime;

    @Inject
    Instance<NotificationChannel> channels;

    /** A new task: told to its actor role, and to its assignee (officer or unit) when there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice taskArrived(MeasuredTask task, Arrival arrival) {
        Instant due = workingTime.deadlineOf(task);
        NotificationTexts.Texts texts = NotificationTexts.of(Notice.Kind.TASK_ARRIVED, arrival, due, arrival.holder(),
                task.standardMinutes);
        return insert(Notice.Kind.TASK_ARRIVED, arrival, arrival.actorRole(), arrival.assigneeUpn(),
                arrival.assigneeUnit(), texts, due).orElseThrow();
    }

    /**
     * An open task handed to another officer (a reassignment): told to the new assignee only — the role was told when
     * the task arrived.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice taskReassigned(MeasuredTask task, Arrival arrival) {
        Instant due = workingTime.deadlineOf(task);
        NotificationTexts.Texts texts = NotificationTexts.of(Notice.Kind.TASK_ARRIVED, arrival, due, arrival.holder(),
                task.standardMinutes);
        return insert(Notice.Kind.TASK_ARRIVED, arrival, null, arrival.assigneeUpn(), null, texts, due).orElseThrow();
    }

    /**
     * An open task passed its deadline: told to the holder's superior ({@link Superiors}), once per task whichever
     * replica sees it first. Empty when it was told before or the holder has no superior.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notice> standardBreached(MeasuredTask task, Arrival arrival) {
        Optional<String> superior = Superiors.of(arrival.actorRole());
        if (superior.isEmpty()) {
            return Optional.empty();
        }
        Instant due = workingTime.deadlineOf(task);
        NotificationTexts.Texts texts = NotificationTexts.of(Notice.Kind.STANDARD_BREACHED, arrival, due,
                arrival.holder(), task.standardMinutes);
        return insert(Notice.Kind.STANDARD_BREACHED, arrival, superior.get(), null, null, texts, due);
    }

    private Optional<Notice> insert(Notice.Kind kind, Arrival arrival, String role, String upn, String unit,
                                    NotificationTexts.Texts texts, Instant due) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        int inserted = em.createNativeQuery("""
                        INSERT INTO notification (id, kind, task_id, case_id, step, task_name, recipient_role,
                            recipient_upn, recipient_unit, title_en, title_id, message_en, message_id, due_at, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, id).setParameter(2, kind.name()).setParameter(3, arrival.taskId())
                .setParameter(4, arrival.caseId()).setParameter(5, arrival.step()).setParameter(6, arrival.task())
                .setParameter(7, role).setParameter(8, upn).setParameter(9, unit)
                .setParameter(10, texts.titleEn()).setParameter(11, texts.titleId())
                .setParameter(12, texts.messageEn()).setParameter(13, texts.messageId())
                .setParameter(14, due).setParameter(15, now)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        Notice notice = new Notice(id, 0, kind, arrival.taskId(), arrival.caseId(), arrival.step(), arrival.task(),
                role, upn, unit, texts.titleEn(), texts.titleId(), texts.messageEn(), texts.messageId(), due, now);
        channels.forEach(channel -> channel.announce(notice));
        return Optional.of(notice);
    }
}
