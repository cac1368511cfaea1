package id.go.kalbarprov.sop.platform.outbox;

import id.go.kalbarprov.sop.platform.observability.DeliveryTracing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Posts one outbox event to its route, as this service (a service token), and fails unless the receiver accepted it
 * (2xx); an event for an {@link OutboxDestination} (a webhook, a mailbox) goes to that destination instead. The receiver's base address is {@code quarkus.rest-client.<destination>.url}, as it always was.
 */
@ApplicationScoped
public class HandoffSender {

    /** A receiver that has not answered by then is treated as down; the relay retries later. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final int ERROR_EXCERPT = 500;

    @Inject
    OutboxRoutes routes;

    @Inject
    ServiceTokens tokens;

    @Inject
    ObjectMapper json;

    @Inject
    Config config;

    @Inject
    Instance<OutboxDestination> destinations;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1).build();

    public void send(OutboxEvent event) {
        for (OutboxDestination destination : destinations) {
            if (destination.name().equals(event.destination)) {
                destination.send(event);
                return;
            }
        }
        OutboxRoutes.Route route = routes.routeOf(event.type);
        String base = config.getValue("quarkus.rest-client." + route.destination() + ".url", String.class);
        HttpRequest request = DeliveryTracing.propagate(HttpRequest.newBuilder(
                        URI.create(base.replaceFirst("/+$", "") + route.pathFor(event.aggregateId))))
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", tokens.bearer())
                .POST(HttpRequest.BodyPublishers.ofString(body(event)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HandoffFailedException(route.destination() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HandoffFailedException("interrupted while sending to " + route.destination(), e);
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            throw new HandoffFailedException(route.destination() + " answered " + response.statusCode() + ": "
                    + (answer.length() > ERROR_EXCERPT ? answer.substring(0, ERROR_EXCERPT) : answer),
                    response.statusCode());
        }
    }

    private String body(OutboxEvent event) {
        try {
            return json.writeValueAsString(event.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox payload is plain JSON", e);
        }
    }

    /**
     * The receiver did not take the event; the relay keeps it and retries, or parks it when the receiver's answer
     * ({@link #status()}) says it never will ({@link ParkingRule}).
     */
    public static class HandoffFailedException extends RuntimeException {

        private final Integer status;

        public HandoffFailedException(String message, Throwable cause) {
            super(message, cause);
            this.status = null;
        }

        /** The receiver answered, with this HTTP status. */
        public HandoffFailedException(String message, int status) {
            super(message);
            this.status = status;
        }

        /** The receiver's HTTP status, or null when it did not answer. */
        public Integer status() {
            return status;
        }
    }
}
