package id.go.kalbarprov.sop.platform.outbox;

/**
 * Where a service's handoffs go: for each event type it sends, the receiving service and the endpoint. The one
 * thing about the outbox that each service declares for itself (a CDI bean implementing this interface).
 */
public interface OutboxRoutes {

    /** The route of an event type; {@link IllegalArgumentException} for a type this service does not send. */
    Route routeOf(String type);

    /**
     * A receiving service, named as in {@code quarkus.rest-client.<destination>.url}, and the path on it;
     * {@code {caseId}} in the path stands for the event's aggregate id.
     */
    record Route(String destination, String path) {

        public String pathFor(java.util.UUID aggregateId) {
            return path.replace("{caseId}", aggregateId.toString());
        }
    }
}
