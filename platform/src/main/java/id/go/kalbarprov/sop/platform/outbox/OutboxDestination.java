package id.go.kalbarprov.sop.platform.outbox;

/**
 * A destination of outbox events other than the services' handoff routes (a provincial system's webhook, a mailbox):
 * events recorded with {@link Outbox#recordDelivery} go through the same relay — claimed, retried with backoff, never
 * dropped — and are sent by the destination whose {@link #name()} they carry.
 */
public interface OutboxDestination {

    /** The value of the events' {@code destination} column. */
    String name();

    /** Sends the event; throws {@link HandoffSender.HandoffFailedException} when it did not arrive (retried later). */
    void send(OutboxEvent event);
}
