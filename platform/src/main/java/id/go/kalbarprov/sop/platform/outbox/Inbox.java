package id.go.kalbarprov.sop.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The receiving side of handoffs: an event id is applied once, in the same transaction as its effect. */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /** True the first time {@code eventId} is seen; a concurrent duplicate waits for the first and then sees it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId) {
        return em.createNativeQuery(
                        "INSERT INTO applied_event (event_id, applied_at) VALUES (?1, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).executeUpdate() == 1;
    }
}
