package id.go.kalbarprov.sop.platform.outbox;

import id.go.kalbarprov.sop.platform.observability.DeliveryTracing;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.event.HandoffEvent;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import id.go.kalbarprov.sop.platform.transaction.AfterCompletion;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Records handoffs. Must run inside the transaction of the state change it announces; once that transaction commits,
 * the relay is woken so the handoff leaves at once rather than at the next poll. The stored payload is the exact body
 * the relay delivers: the typed event as JSON, its {@code eventId} letting the receiver apply it once. With direct
 * sends on ({@link OutboxConfig#directSend()}), a handoff that is its case's first open event to its destination (or
 * follows one recorded here in the same transaction) is leased to this replica, which sends it right after the commit
 * without a relay transaction ({@link OutboxRelay}).
 */
@ApplicationScoped
public class Outbox {

    private static final Object RECORDED = new Object();

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRoutes routes;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    private volatile ObjectMapper payloadWriter;

    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {
    };

    /**
     * Records the event that {@code build} makes with the event id given to it. The event is checked against the
     * limits its receiver applies: one it would refuse is refused here, as bad input of the request that caused it,
     * and nothing is committed — never a handoff that waits for ever.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends HandoffEvent> E record(UUID aggregateId, Function<UUID, E> build) {
        UUID id = UUID.randomUUID();
        E handoff = build.apply(id);
        refuseWhatTheReceiverWould(handoff);
        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.type = handoff.type();
        event.destination = routes.routeOf(handoff.type()).destination();
        event.aggregateId = aggregateId;
        event.payload = payloadWriter().convertValue(handoff, PAYLOAD);
        event.createdAt = Instant.now();
        event.nextAttemptAt = event.createdAt;
        event.traceParent = DeliveryTracing.currentTraceParent();
        Recorded recorded = recorded();
        String chain = event.destination + '\n' + aggregateId;
        boolean leavesNow = recorded.hurried.contains(chain) || Boolean.TRUE.equals(recorded.chains.get(chain));
        if (handoff.report() && !config.reportDelay().isZero() && !leavesNow) {
            event.nextAttemptAt = event.createdAt.plus(config.reportDelay());
            recorded.reports.computeIfAbsent(chain, c -> new ArrayList<>()).add(event);
            recorded.reportsDue = event.nextAttemptAt;
        } else if (!recorded.reports.containsKey(chain) && relay.sendsDirectly(event)
                && recorded.direct(event, this::firstOpen)) {
            // first open of its case here (no report of it waits): leased, and the reports after it go with it
            event.nextAttemptAt = event.createdAt.plus(OutboxRelay.LEASE);
        } else {
            recorded.relay = true;
            if (!handoff.report() && recorded.hurried.add(chain)) {
                hurryReports(event, recorded.reports.remove(chain));
            }
        }
        event.persist();
        return handoff;
    }

    /**
     * A handoff someone waits for is not held up by the reports of its case waiting before it (a case's events to a
     * service leave in order): those recorded earlier, here or in a committed transaction, become due with it.
     */
    private void hurryReports(OutboxEvent handoff, List<OutboxEvent> recordedHere) {
        if (recordedHere != null) {
            recordedHere.forEach(report -> report.nextAttemptAt = handoff.createdAt);
        }
        if (!config.reportDelay().isZero()) {
            em.createNativeQuery("""
                            UPDATE outbox_event SET next_attempt_at = ?3 WHERE aggregate_id = ?1 AND destination = ?2
                              AND attempts = 0 AND delivered_at IS NULL AND skipped_at IS NULL AND parked_at IS NULL
                              AND next_attempt_at > ?3""")
                    .setParameter(1, handoff.aggregateId).setParameter(2, handoff.destination)
                    .setParameter(3, Timestamp.from(handoff.createdAt)).executeUpdate();
        }
    }

    /**
     * Records a delivery to an {@link OutboxDestination} (not a handoff between services): {@code build} makes the
     * payload with the event id given to it, which the receiver sees as the delivery id. Events of one
     * {@code aggregateId} and destination leave in the order recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordDelivery(String type, String destination, UUID aggregateId,
                               Function<UUID, Map<String, Object>> build) {
        UUID id = UUID.randomUUID();
        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.type = type;
        event.destination = destination;
        event.aggregateId = aggregateId;
        event.payload = build.apply(id);
        event.createdAt = Instant.now();
        event.nextAttemptAt = event.createdAt;
        event.traceParent = DeliveryTracing.currentTraceParent();
        event.persist();
        wakeRelayAfterCommit();
        return id;
    }

    /** The event's fields as JSON, without the absent ones: a receiver reads a missing field as null. */
    private ObjectMapper payloadWriter() {
        ObjectMapper writer = payloadWriter;
        if (writer == null) {
            writer = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
            payloadWriter = writer;
        }
        return writer;
    }

    private void refuseWhatTheReceiverWould(HandoffEvent handoff) {
        Set<ConstraintViolation<HandoffEvent>> violations = validator.validate(handoff);
        if (!violations.isEmpty()) {
            List<Violation> found = violations.stream()
                    .map(v -> new Violation(handoff.type() + "." + v.getPropertyPath(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field)).toList();
            throw new ProblemException(CommonProblem.VALIDATION_FAILED, found, "handoff-refused", handoff.type(),
                    found.get(0).field(), found.get(0).message());
        }
    }

    void wakeRelayAfterCommit() {
        recorded().relay = true;
    }

    /** Whether {@code event} would be its case's first open event to its destination, its deliveries booked. */
    private boolean firstOpen(OutboxEvent event) {
        relay.bookDelivered();
        return em.createNativeQuery("""
                        SELECT 1 FROM outbox_event WHERE aggregate_id = ?1 AND destination = ?2
                          AND delivered_at IS NULL AND skipped_at IS NULL LIMIT 1""")
                .setParameter(1, event.aggregateId).setParameter(2, event.destination).getResultList().isEmpty();
    }

    /** What a transaction recorded: the events this replica sends after the commit; whether the relay has more. */
    private static final class Recorded {
        final List<OutboxEvent> direct = new ArrayList<>();
        /** Per case and destination: whether its events recorded here go directly (all or none of them do). */
        final Map<String, Boolean> chains = new HashMap<>();
        /** Per case and destination: the reports recorded here that wait ({@link OutboxConfig#reportDelay()}). */
        final Map<String, List<OutboxEvent>> reports = new HashMap<>();
        /** The cases and destinations of the handoffs recorded here that leave at once, their reports with them. */
        final Set<String> hurried = new HashSet<>();
        /** When the waiting reports recorded here are due, if any wait. */
        Instant reportsDue;
        boolean relay;

        boolean direct(OutboxEvent event, Predicate<OutboxEvent> firstOpen) {
            boolean direct = chains.computeIfAbsent(event.destination + '\n' + event.aggregateId,
                    chain -> firstOpen.test(event));
            if (direct) {
                this.direct.add(event);
            }
            return direct;
        }
    }

    private Recorded recorded() {
        Recorded recorded = (Recorded) transactions.getResource(RECORDED);
        if (recorded != null) {
            return recorded;
        }
        Recorded created = new Recorded();
        transactions.putResource(RECORDED, created);
        AfterCompletion.onCommit(transactions, () -> {
            if (!created.direct.isEmpty()) {
                relay.sendAfterCommit(created.direct);
            }
            if (created.reportsDue != null) {
                relay.reportsDueAt(created.reportsDue);
            }
            if (created.relay) {
                relay.wakeUp();
            }
        });
        return created;
    }
}
