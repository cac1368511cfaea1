package id.go.kalbarprov.sop.request.outbox;

import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.event.CaseWithdrawn;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.outbox.OutboxRoutes;
import jakarta.enterprise.context.ApplicationScoped;

/** Where request-service's handoffs go. */
@ApplicationScoped
public class RequestOutboxRoutes implements OutboxRoutes {

    private static final Route TO_REVIEW = new Route("review-service", "/api/v1/reviews");
    private static final Route WITHDRAWN = new Route("review-service", "/api/v1/reviews/case-withdrawals");
    private static final Route TO_AGENDA = new Route("archive-service", "/api/v1/agenda");

    @Override
    public Route routeOf(String type) {
        return switch (type) {
            case DraftSubmitted.TYPE -> TO_REVIEW;
            case AgendaRegistration.TYPE -> TO_AGENDA;
            case CaseWithdrawn.TYPE -> WITHDRAWN;
            default -> throw new IllegalArgumentException("request-service sends no " + type);
        };
    }
}
