package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.go.kalbarprov.sop.platform.notification.WebhookSignature;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import io.restassured.http.ContentType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The next actor is told, across the running services: a task arriving in review-service through the outbox reaches
 * the Kasubbag's live stream (opened with a ticket, as a browser would); a provincial system's webhook that was down
 * gets every notification of a case once, signed, after it comes back. The delays are printed, not asserted.
 */
class NotificationSystemTest {

    static SystemUnderTest system;
    static Officers officers;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        officers = new Officers(system);
    }

    @Test
    void aReviewArrivingFromRequestServiceReachesTheKasubbagsLiveStream() throws Exception {
        String ticket = given().auth().oauth2(DevTokens.kasubbag())
                .post(system.url(Svc.REVIEW) + "/api/v1/notifications/stream-tickets").then().statusCode(201)
                .extract().path("ticket");
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(system.url(Svc.REVIEW) + "/api/v1/notifications/stream?ticket=" + ticket))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                stream.body().filter(line -> line.startsWith("data:")).forEach(data::add);
            } catch (RuntimeException closed) {
                // closed by the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String caseId = officers.caseAssignedToPelaksana("Koreksi yang diberitahukan");
            officers.submitDraft(caseId);
            long submitted = System.nanoTime();
            String arrived = null;
            while (arrived == null && System.nanoTime() - submitted < TimeUnit.SECONDS.toNanos(60)) {
                String line = data.poll(500, TimeUnit.MILLISECONDS);
                if (line != null && line.contains(caseId) && line.contains("REVIEW_KASUBBAG")) {
                    arrived = line;
                }
            }
            assertTrue(arrived != null, "the Kasubbag's stream got the review task of " + caseId);
            System.out.printf("[notifications] review task on the Kasubbag's live stream %d ms after the draft was"
                    + " submitted in request-service%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - submitted));
        } finally {
            stream.body().close();
        }
    }

    @Test
    void aWebhookDownForAWhileGetsEveryNotificationOnceSigned() throws Exception {
        String secret = "system-test-webhook-secret-" + UUID.randomUUID();
        List<String> deliveries = new CopyOnWriteArrayList<>();
        List<String> tasks = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String webhook = given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("url", "http://127.0.0.1:" + port + "/events", "secret", secret,
                        "eventTypes", List.of("task.arrived")))
                .post(system.url(Svc.REQUEST) + "/api/v1/webhooks").then().statusCode(201).extract().path("id");
        try {
            // The receiver is down while the case moves through steps 1-3.
            String caseId = officers.caseAssignedToPelaksana("Koreksi untuk sistem provinsi");
            SystemUnderTest.sleep(3000);
            long back = System.nanoTime();
            HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            receiver.createContext("/events", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String delivery = exchange.getRequestHeaders().getFirst("X-SOP-Delivery");
                if (WebhookSignature.verify(secret, exchange.getRequestHeaders().getFirst("X-SOP-Timestamp"), body,
                        exchange.getRequestHeaders().getFirst("X-SOP-Signature"))) {
                    JsonNode notification = JSON.readTree(body).path("notification");
                    if (caseId.equals(notification.path("caseId").asText())) {
                        deliveries.add(delivery);
                        tasks.add(notification.path("task").asText());
                    }
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    refused.add(delivery);
                    exchange.sendResponseHeaders(401, -1);
                }
                exchange.close();
            });
            receiver.start();
            try {
                Officers.await("every notification of " + caseId + " at the webhook",
                        () -> tasks.containsAll(List.of("MEMO", "FORWARD", "ASSIGNMENT", "DRAFT")) ? Boolean.TRUE : null);
                System.out.printf("[notifications] webhook back up: the case's %d notifications arrived within %d ms%n",
                        tasks.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back));
                SystemUnderTest.sleep(3000); // nothing more comes: each once
                assertEquals(deliveries.stream().distinct().count(), (long) deliveries.size());
                assertEquals(List.of("ASSIGNMENT", "DRAFT", "FORWARD", "MEMO"), tasks.stream().sorted().toList());
                assertTrue(refused.isEmpty());
            } finally {
                receiver.stop(0);
            }
        } finally {
            given().auth().oauth2(DevTokens.admin()).delete(system.url(Svc.REQUEST) + "/api/v1/webhooks/" + webhook);
        }
    }
}
