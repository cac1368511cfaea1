package id.go.kalbarprov.sop.request.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.go.kalbarprov.sop.platform.notification.WebhookSignature;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks: a provincial system's receiver (a small HTTP server here) gets each notification signed with its secret,
 * through the outbox; a receiver that was down gets every notification once when it is back.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String SECRET = "a-shared-secret-of-the-receiver";

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private HttpServer receiver;
    private int port;
    private String webhookId;
    /** What the receiver accepted: case ids of verified deliveries, and their delivery ids. */
    private final List<String> cases = new CopyOnWriteArrayList<>();
    private final List<String> deliveries = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiverAndRegister() throws IOException {
        receiver = receiver(0);
        port = receiver.getAddress().getPort();
        webhookId = given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("url", "http://127.0.0.1:" + port + "/sop-events", "secret", SECRET,
                        "eventTypes", List.of("task.arrived")))
                .post("/api/v1/webhooks").then().statusCode(201)
                .body("eventTypes", equalTo(List.of("task.arrived"))).body("secret", equalTo(null))
                .extract().path("id");
    }

    @AfterEach
    void removeAndStop() {
        given().auth().oauth2(Cases.admin()).delete("/api/v1/webhooks/" + webhookId);
        receiver.stop(0);
    }

    private HttpServer receiver(int onPort) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        server.createContext("/sop-events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String delivery = exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER);
            boolean valid = WebhookSignature.verify(SECRET,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER), body,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER));
            if (valid) {
                JsonNode payload = json.readTree(body);
                if (!deliveries.contains(delivery)) { // a receiver takes a delivery id once
                    deliveries.add(delivery);
                    cases.add(payload.path("notification").path("caseId").asText());
                }
                assertEquals(delivery, payload.path("deliveryId").asText());
            } else {
                refused.add(delivery);
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void theReceiverGetsANewTaskSignedWithItsSecret() {
        String caseId = Cases.open();
        relay.relay();
        assertEquals(List.of(caseId), cases.stream().filter(caseId::equals).toList());
        assertTrue(refused.isEmpty(), "every delivery carried a valid signature");
    }

    @Test
    void aReceiverDownForAWhileGetsEveryNotificationOnceWhenItIsBack() throws IOException {
        receiver.stop(0);
        String first = Cases.open();
        String second = Cases.open();
        relay.relay(); // the receiver is down: both wait in the outbox, nothing blocks the steps
        relay.relay();
        assertTrue(cases.isEmpty());
        long failed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where destination = 'webhook' and delivered_at is null"
                                + " and attempts > 0 and aggregate_id = ?1")
                .setParameter(1, UUID.fromString(webhookId)).getSingleResult()).longValue());
        assertTrue(failed >= 1, "the failed attempt is kept for a retry");

        receiver = receiver(port); // back on the same address
        // Time passes: the retries fall due.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update outbox_event set next_attempt_at = now() where destination = 'webhook'"
                                + " and delivered_at is null")
                .executeUpdate());
        relay.relay();
        relay.relay();
        relay.relay();
        assertEquals(List.of(first, second), cases.stream().filter(c -> c.equals(first) || c.equals(second)).toList());
        assertEquals(deliveries.size(), deliveries.stream().distinct().count());
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", "https://provincial.example/hooks", "secret", SECRET,
                "eventTypes", List.of("standard.breached", "task.arrived"));
        String first = given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/webhooks").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(Cases.admin()).delete("/api/v1/webhooks/" + first).then().statusCode(204);
    }

    @Test
    void aRemovedWebhookGetsNothingMore() {
        given().auth().oauth2(Cases.admin()).delete("/api/v1/webhooks/" + webhookId).then().statusCode(204);
        String caseId = Cases.open();
        relay.relay();
        assertTrue(!cases.contains(caseId));
        given().auth().oauth2(Cases.admin()).delete("/api/v1/webhooks/" + webhookId).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Cases.admin()).get("/api/v1/webhooks?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(webhookId)));
    }

    @Test
    void onlyAnAdministratorManagesWebhooksAndBadInputIsRefused() {
        given().auth().oauth2(Cases.admin()).get("/api/v1/webhooks?size=100").then().statusCode(200)
                .body("items.id", hasItem(webhookId)).body("items[0].secret", equalTo(null));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/webhooks").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1/x", "secret", SECRET, "eventTypes", List.of("task.arrived")))
                .post("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(Tokens.kabag()).delete("/api/v1/webhooks/" + webhookId).then().statusCode(403);
        given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/x", "secret", SECRET, "eventTypes", List.of("task.arrived")))
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("url"));
        given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/x", "secret", SECRET, "eventTypes", List.of("case.eaten")))
                .post("/api/v1/webhooks").then().statusCode(400).body("violations[0].field", equalTo("eventTypes"));
        given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/x", "secret", "short", "eventTypes", List.of("task.arrived")))
                .post("/api/v1/webhooks").then().statusCode(400);
    }
}
