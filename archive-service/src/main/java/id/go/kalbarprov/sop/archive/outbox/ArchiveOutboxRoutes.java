package id.go.kalbarprov.sop.archive.outbox;

import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.outbox.OutboxRoutes;
import jakarta.enterprise.context.ApplicationScoped;

/** Where archive-service's handoffs go: the case's status, to request-service. */
@ApplicationScoped
public class ArchiveOutboxRoutes implements OutboxRoutes {

    private static final Route STATUS = new Route("request-service", "/api/v1/cases/{caseId}/status-events");

    @Override
    public Route routeOf(String type) {
        if (CaseStatus.TYPE.equals(type)) {
            return STATUS;
        }
        throw new IllegalArgumentException("archive-service sends no " + type);
    }
}
