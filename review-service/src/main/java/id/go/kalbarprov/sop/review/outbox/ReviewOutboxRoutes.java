package id.go.kalbarprov.sop.review.outbox;

import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.outbox.OutboxRoutes;
import jakarta.enterprise.context.ApplicationScoped;

/** Where review-service's handoffs go. */
@ApplicationScoped
public class ReviewOutboxRoutes implements OutboxRoutes {

    private static final Route RETURN = new Route("request-service", "/api/v1/cases/{caseId}/returns");
    private static final Route STATUS = new Route("request-service", "/api/v1/cases/{caseId}/status-events");
    private static final Route SIGNED = new Route("archive-service", "/api/v1/signed-corrections");
    private static final Route AGENDA = new Route("archive-service", "/api/v1/agenda");

    @Override
    public Route routeOf(String type) {
        return switch (type) {
            case DraftReturned.TYPE -> RETURN;
            case CaseStatus.TYPE -> STATUS;
            case CorrectionSigned.TYPE -> SIGNED;
            case AgendaRegistration.TYPE -> AGENDA;
            default -> throw new IllegalArgumentException("review-service sends no " + type);
        };
    }
}
