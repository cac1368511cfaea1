package id.go.kalbarprov.sop.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.event.HandoffBatch;
import id.go.kalbarprov.sop.platform.event.HandoffBatchResult;
import id.go.kalbarprov.sop.platform.event.HandoffEvent;
import id.go.kalbarprov.sop.platform.observability.DeliveryTracing;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.rest.Problem;
import id.go.kalbarprov.sop.platform.rest.ProblemMappers;
import id.go.kalbarprov.sop.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Receives a {@link HandoffBatch}: every event is read, checked (its type is one this service receives, from the
 * caller's service, valid as its single-event endpoint would find it) and applied — all in one transaction. When one
 * is refused, that transaction rolls back and each event is applied in a transaction of its own, so the refused one
 * holds back only the later events of its own case in the batch (answered {@value HandoffBatchResult#NOT_ATTEMPTED},
 * not attempted): they arrive after it, in order, or not at all. Each event is applied once (the services' inbox of
 * applied event ids, as on the single-event endpoints) and received in a span of its own trace.
 */
@ApplicationScoped
public class HandoffBatchReceiver {

    private static final Logger LOG = Logger.getLogger(HandoffBatchReceiver.class);

    @Inject
    Instance<HandoffTypes> types;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ProblemMappers problems;

    @Inject
    DeliveryTracing tracing;

    /** An event read and checked, ready to apply. */
    private record Ready(int index, HandoffBatch.Item item, HandoffTypes.Receiver<?> receiver, HandoffEvent event) {
    }

    public HandoffBatchResult receive(HandoffBatch batch, Caller caller) {
        List<HandoffBatch.Item> items = batch.events();
        HandoffBatchResult.Result[] results = new HandoffBatchResult.Result[items.size()];
        Set<UUID> held = new HashSet<>();
        List<Ready> ready = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            HandoffBatch.Item item = items.get(i);
            if (held.contains(item.caseId())) {
                results[i] = notAttempted(item);
                continue;
            }
            try {
                ready.add(read(i, item, caller));
            } catch (RuntimeException refused) {
                results[i] = refusal(item, refused);
                held.add(item.caseId());
            }
        }
        if (!ready.isEmpty() && !allAtOnce(ready, results)) {
            oneByOne(ready, results, held);
        }
        return new HandoffBatchResult(List.of(results));
    }

    private Ready read(int index, HandoffBatch.Item item, Caller caller) {
        Map<String, HandoffTypes.Receiver<?>> receivers = types.isResolvable() ? types.get().receivers() : Map.of();
        HandoffTypes.Receiver<?> receiver = receivers.get(item.type());
        if (receiver == null) {
            throw ProblemException.invalid("type", "handoff-type-unknown", item.type());
        }
        if (receiver.senders().stream().noneMatch(caller.roles()::contains)) {
            throw ProblemException.forbidden("wrong-sender", String.join(", ", receiver.senders()),
                    caller.service() != null ? caller.service() : caller.upn());
        }
        HandoffEvent event;
        try {
            event = json.treeToValue(item.event(), receiver.eventClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ProblemException.invalid("event", "handoff-event-unreadable", item.type());
        }
        Set<ConstraintViolation<HandoffEvent>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!Objects.equals(event.eventId(), item.eventId())) {
            throw ProblemException.invalid("eventId", "handoff-event-id-mismatch", item.eventId());
        }
        return new Ready(index, item, receiver, event);
    }

    /** Applies every ready event in one transaction; false (and nothing applied) when one of them was refused. */
    private boolean allAtOnce(List<Ready> ready, HandoffBatchResult.Result[] results) {
        List<Integer> statuses;
        try {
            statuses = QuarkusTransaction.requiringNew().call(() -> {
                List<Integer> applied = new ArrayList<>(ready.size());
                for (Ready event : ready) {
                    applied.add(apply(event));
                }
                return applied;
            });
        } catch (RuntimeException refused) {
            LOG.debugf("A batch of %d handoffs was refused as a whole (%s); applying them one by one",
                    ready.size(), refused.getClass().getSimpleName());
            return false;
        }
        for (int i = 0; i < ready.size(); i++) {
            results[ready.get(i).index()] = new HandoffBatchResult.Result(ready.get(i).item().eventId(),
                    statuses.get(i), null);
        }
        return true;
    }

    private void oneByOne(List<Ready> ready, HandoffBatchResult.Result[] results, Set<UUID> held) {
        for (Ready event : ready) {
            if (held.contains(event.item().caseId())) {
                results[event.index()] = notAttempted(event.item());
                continue;
            }
            try {
                int status = QuarkusTransaction.requiringNew().call(() -> apply(event));
                results[event.index()] = new HandoffBatchResult.Result(event.item().eventId(), status, null);
            } catch (RuntimeException refused) {
                results[event.index()] = refusal(event.item(), refused);
                held.add(event.item().caseId());
            }
        }
    }

    private int apply(Ready ready) {
        HandoffBatch.Item item = ready.item();
        return tracing.receive(item.eventId(), item.type(), item.caseId(), item.traceparent(),
                () -> ready.receiver().applyTo(item.caseId(), ready.event()));
    }

    private HandoffBatchResult.Result refusal(HandoffBatch.Item item, RuntimeException refused) {
        Response answer = problems.unexpected(refused, null, null);
        return new HandoffBatchResult.Result(item.eventId(), answer.getStatus(), (Problem) answer.getEntity());
    }

    private static HandoffBatchResult.Result notAttempted(HandoffBatch.Item item) {
        return new HandoffBatchResult.Result(item.eventId(), HandoffBatchResult.NOT_ATTEMPTED, null);
    }
}
