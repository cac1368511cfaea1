package id.go.kalbarprov.sop.platform.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.outbox.HandoffSender.HandoffFailedException;
import id.go.kalbarprov.sop.platform.outbox.OutboxDestination;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one webhook delivery from the outbox: the JSON payload, signed ({@link WebhookSignature}), with its delivery
 * id and event type in headers. Anything but a 2xx answer leaves it in the outbox for the relay's next attempt; a
 * delivery for a removed webhook is dropped.
 */
@ApplicationScoped
public class WebhookSender implements OutboxDestination {

    public static final String DESTINATION = "webhook";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Webhooks webhooks;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public String name() {
        return DESTINATION;
    }

    @Override
    public void send(OutboxEvent event) {
        Optional<Webhooks.Target> target = webhooks.target(event.aggregateId);
        if (target.isEmpty() || target.get().removed()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(event.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook payload is plain JSON", e);
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.get().url()))
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.EVENT_HEADER, event.type)
                .header(WebhookSignature.DELIVERY_HEADER, event.id.toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(target.get().secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new HandoffFailedException("webhook " + event.aggregateId + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HandoffFailedException("interrupted while sending to webhook " + event.aggregateId, e);
        }
        if (status / 100 != 2) {
            throw new HandoffFailedException("webhook " + event.aggregateId + " answered " + status, null);
        }
    }
}
