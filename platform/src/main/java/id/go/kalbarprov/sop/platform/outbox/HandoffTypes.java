package id.go.kalbarprov.sop.platform.outbox;

import id.go.kalbarprov.sop.platform.event.HandoffEvent;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The handoffs a service receives, for the batch endpoint ({@link HandoffBatchReceiver}): for each event type, the
 * services that may send it and what its single-event endpoint does with it. The one thing about batched receiving
 * that each service declares for itself (a CDI bean implementing this interface).
 */
public interface HandoffTypes {

    /** The receivers by event type. */
    Map<String, Receiver<?>> receivers();

    /**
     * How one event type is received: read as {@code eventClass}, accepted only from one of {@code senders} (service
     * roles), applied by {@code apply} (given the case id and the event, inside the receiving transaction) answering
     * the status its single-event endpoint answers (201 applied, 200 already applied, 202 kept aside).
     */
    record Receiver<E extends HandoffEvent>(Class<E> eventClass, Set<String> senders,
                                            BiFunction<UUID, E, Integer> apply) {

        public static <E extends HandoffEvent> Receiver<E> of(Class<E> eventClass, Set<String> senders,
                                                             BiFunction<UUID, E, Integer> apply) {
            return new Receiver<>(eventClass, senders, apply);
        }

        int applyTo(UUID caseId, HandoffEvent event) {
            return apply.apply(caseId, eventClass.cast(event));
        }
    }

    /** The status of a delivery that changed something (201) or was a repeat of one already applied (200). */
    static int status(boolean applied) {
        return applied ? 201 : 200;
    }
}
