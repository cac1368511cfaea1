package id.go.kalbarprov.sop.platform.outbox;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * What an operator does about a parked event: retry it (un-parked, attempts from zero, due now) or skip it (done
 * without delivery, so the case's later events to that destination go). Each action is recorded with who, why and
 * when ({@code outbox_action}); an event is never deleted. The event row is locked first, so an action waits for a
 * relay pass that is sending it and then sees the outcome.
 */
@ApplicationScoped
public class OutboxRecovery {

    private static final Logger LOG = Logger.getLogger(OutboxRecovery.class);

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Schema(name = "OutboxActionKind")
    public enum Action {
        RETRY, SKIP
    }

    /** A recorded action: who did what to which event, why, and how the event stood (its attempts, its reason). */
    @Schema(name = "OutboxActionRecord")
    public record Recorded(UUID id, UUID eventId, Action action, @Schema(maxLength = Limits.STORED_UPN) String actor,
                           @Schema(maxLength = Limits.NAME) String actorName, @Schema(maxLength = 500) String reason,
                           int attempts, @Schema(maxLength = Limits.REASON) String parkedReason, Instant actedAt) {
    }

    /** Un-parks a parked event; the relay sends it once this transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded retry(UUID eventId, Caller caller, String reason) {
        OutboxEvent event = locked(eventId);
        if (event.parkedAt == null || !event.isOpen()) {
            throw wrongState(event, Action.RETRY);
        }
        Recorded recorded = record(event, Action.RETRY, caller, reason);
        event.parkedAt = null;
        event.parkedReason = null;
        event.attempts = 0;
        event.nextAttemptAt = Instant.now();
        outbox.wakeRelayAfterCommit();
        return recorded;
    }

    /** Marks a parked event done without delivery; the case's next event to that destination becomes due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded skip(UUID eventId, Caller caller, String reason) {
        OutboxEvent event = locked(eventId);
        if (event.parkedAt == null || !event.isOpen()) {
            throw wrongState(event, Action.SKIP);
        }
        Recorded recorded = record(event, Action.SKIP, caller, reason);
        event.skippedAt = recorded.actedAt();
        outbox.wakeRelayAfterCommit();
        return recorded;
    }

    private OutboxEvent locked(UUID eventId) {
        OutboxEvent event = em.find(OutboxEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ProblemException.notFound("Outbox event", eventId);
        }
        return event;
    }

    private static ProblemException wrongState(OutboxEvent event, Action action) {
        String state = event.deliveredAt != null ? "DELIVERED" : event.skippedAt != null ? "SKIPPED" : "NOT_PARKED";
        return new ProblemException(CommonProblem.ILLEGAL_TRANSITION, "outbox-event-not-parked", event.id, state,
                action.name()).with("currentState", state).with("action", action.name());
    }

    private Recorded record(OutboxEvent event, Action action, Caller caller, String reason) {
        Recorded recorded = new Recorded(UUID.randomUUID(), event.id, action, caller.upn(), caller.name(), reason,
                event.attempts, event.parkedReason, Instant.now());
        em.createNativeQuery("""
                        INSERT INTO outbox_action (id, event_id, action, actor_upn, actor_name, reason, attempts,
                                                   parked_reason, acted_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, recorded.id()).setParameter(2, recorded.eventId())
                .setParameter(3, action.name()).setParameter(4, recorded.actor())
                .setParameter(5, recorded.actorName()).setParameter(6, reason)
                .setParameter(7, recorded.attempts()).setParameter(8, recorded.parkedReason())
                .setParameter(9, recorded.actedAt()).executeUpdate();
        LOG.infof("%s of outbox event %s (%s, case %s, %s) by %s: %s", action, event.id, event.type,
                event.aggregateId, event.destination, caller.upn(), reason);
        return recorded;
    }
}
