package id.go.kalbarprov.sop.platform.event;

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
}
