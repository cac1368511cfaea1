package id.go.kalbarprov.sop.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * An event one service hands to another through its outbox. Each is a record in this package, used by the sender to
 * build it and by the receiver to read and validate it, so that the limits of every field are declared once: the
 * sender's outbox refuses an event its receiver would refuse, before anything is committed.
 */
public interface HandoffEvent {

    /** Set by the sender's outbox; the receiver applies an event id once. */
    UUID eventId();

    /** The event's type name, as stored in the outbox and sent in the body. */
    String type();

    /**
     * Whether the event only reports what happened — a step's status for request-service's timeline, a document for
     * the agenda — and no official waits for it to act: the outbox lets a report wait for the reports of other steps
     * and cases ({@code OUTBOX_REPORT_DELAY}), so that they share one call and one receiving transaction.
     */
    @JsonIgnore
    default boolean report() {
        return false;
    }
}
