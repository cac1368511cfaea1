package id.go.kalbarprov.sop.platform.outbox;

import id.go.kalbarprov.sop.platform.observability.DeliveryTracing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.event.HandoffBatch;
import id.go.kalbarprov.sop.platform.event.HandoffBatchResult;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** An event larger than this goes on its own: a batch stays within the receivers' body limit (256 KB or more). */
    static final int BATCH_BYTES = 64 * 1024;

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
        refusedUnlessAccepted(call(request, route.destination()), route.destination());
    }

    /** Whether the relay may send {@code event} in a batch: a handoff between the services, not too large. */
    public boolean batchable(OutboxEvent event) {
        for (OutboxDestination destination : destinations) {
            if (destination.name().equals(event.destination)) {
                return false;
            }
        }
        return body(event).length() <= BATCH_BYTES;
    }

    /**
     * Posts {@code events} (all to {@code destination}, in order) in one call to its batch endpoint, each with its
     * delivery's {@code traceParents} entry; returns the receiver's result per event, or empty when the receiver has
     * no batch endpoint (a service not yet updated, during a rolling update: send them one by one). Fails, for all
     * of them, unless the receiver answered the batch.
     */
    public Optional<List<HandoffBatchResult.Result>> sendBatch(String destination, List<OutboxEvent> events,
                                                             List<String> traceParents) {
        List<HandoffBatch.Item> items = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            OutboxEvent event = events.get(i);
            items.add(new HandoffBatch.Item(event.id, event.type, event.aggregateId, traceParents.get(i),
                    json.valueToTree(event.payload)));
        }
        String base = config.getValue("quarkus.rest-client." + destination + ".url", String.class);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base.replaceFirst("/+$", "") + HandoffBatch.PATH))
                    .timeout(CALL_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", tokens.bearer())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new HandoffBatch(items))))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox payload is plain JSON", e);
        }
        HttpResponse<String> response = call(request, destination);
        if (response.statusCode() == 404 || response.statusCode() == 405) {
            return Optional.empty();
        }
        refusedUnlessAccepted(response, destination);
        List<HandoffBatchResult.Result> results;
        try {
            // A newer receiver may say more of a refusal (a problem's extensions): what is not known here is left aside.
            results = json.readerFor(HandoffBatchResult.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .<HandoffBatchResult>readValue(response.body()).results();
        } catch (JsonProcessingException e) {
            throw new HandoffFailedException(destination + " answered a batch with no results it could read", e);
        }
        if (results == null || results.size() != events.size()) {
            throw new HandoffFailedException(destination + " answered " + (results == null ? 0 : results.size())
                    + " results for " + events.size() + " events", null);
        }
        for (int i = 0; i < results.size(); i++) {
            if (!events.get(i).id.equals(results.get(i).eventId())) {
                throw new HandoffFailedException(destination + " answered the results out of order", null);
            }
        }
        return Optional.of(results);
    }

    private HttpResponse<String> call(HttpRequest request, String destination) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HandoffFailedException(destination + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HandoffFailedException("interrupted while sending to " + destination, e);
        }
    }

    private static void refusedUnlessAccepted(HttpResponse<String> response, String destination) {
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            throw new HandoffFailedException(destination + " answered " + response.statusCode() + ": "
                    + (answer.length() > ERROR_EXCERPT ? answer.substring(0, ERROR_EXCERPT) : answer),
                    response.statusCode());
        }
    }

    /** What one event's refusal in a batch says, as a refusal of a single delivery would. */
    public static HandoffFailedException refused(String destination, HandoffBatchResult.Result result) {
        String detail = "";
        if (result.problem() != null) {
            detail = result.problem().code() + (result.problem().detail() == null ? "" : ": " + result.problem().detail());
        }
        return new HandoffFailedException(destination + " answered " + result.status() + ": "
                + (detail.length() > ERROR_EXCERPT ? detail.substring(0, ERROR_EXCERPT) : detail), result.status());
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
