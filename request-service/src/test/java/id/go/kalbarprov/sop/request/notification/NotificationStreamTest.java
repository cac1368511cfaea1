package id.go.kalbarprov.sop.request.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The live stream over real HTTP (Server-Sent Events read by an HTTP client as a browser's EventSource would): opened
 * with a single-use ticket or a bearer token, it delivers the caller's notifications, whichever replica wrote them.
 */
@QuarkusTest
class NotificationStreamTest {

    @TestHTTPResource("/api/v1/notifications/stream")
    URL stream;

    @Inject
    EntityManager em;

    private final HttpClient http = HttpClient.newHttpClient();

    /** An open stream: its events as "name data" lines, and the connection to close. */
    private final class Events implements AutoCloseable {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final HttpResponse<Stream<String>> response;

        Events(HttpRequest request) throws IOException, InterruptedException {
            response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() == 200) {
                Thread reader = new Thread(() -> {
                    String[] name = {"message"};
                    try {
                        response.body().forEach(line -> {
                            if (line.startsWith("event:")) {
                                name[0] = line.substring(6).trim();
                            } else if (line.startsWith(":")) {
                                events.add("comment " + line.substring(1).trim());
                            } else if (line.startsWith("data:")) {
                                events.add(name[0] + " " + line.substring(5).trim());
                            }
                        });
                    } catch (RuntimeException closed) {
                        // the test closed the stream
                    }
                });
                reader.setDaemon(true);
                reader.start();
            }
        }

        /** The next event whose line contains {@code text}, or null after {@code seconds}. */
        String next(String text, int seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < until) {
                String event = events.poll(200, TimeUnit.MILLISECONDS);
                if (event != null && event.contains(text)) {
                    return event;
                }
            }
            return null;
        }

        @Override
        public void close() {
            if (response.statusCode() == 200) {
                response.body().close();
            }
        }
    }

    private Events open(String query, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stream + query))
                .header("Accept", "text/event-stream");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return new Events(request.build());
    }

    private static String ticket(String bearer) {
        return given().auth().oauth2(bearer).post("/api/v1/notifications/stream-tickets").then().statusCode(201)
                .body("ticket", notNullValue()).body("expiresAt", notNullValue()).extract().path("ticket");
    }

    @Test
    void aBrowserOpensTheStreamWithATicketAndSeesANewTaskArrive() throws Exception {
        try (Events kabag = open("?ticket=" + ticket(Tokens.kabag()), null);
             Events kasubbag = open("?ticket=" + ticket(Tokens.kasubbag()), null)) {
            assertEquals(200, kabag.response.statusCode());
            assertTrue(kabag.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertNotNull(kabag.next("ready", 10));
            assertNotNull(kasubbag.next("ready", 10));
            long started = System.nanoTime();
            String caseId = Cases.open();
            String event = kabag.next(caseId, 15);
            assertNotNull(event, "the Kabag's stream delivers the new MEMO task");
            System.out.printf("Notification streamed %d ms after the task was made%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            assertTrue(event.startsWith("notification "), event);
            assertTrue(event.contains("\"task\":\"MEMO\""), event);
            assertNull(kasubbag.next(caseId, 3), "not in the Kasubbag's feed, not in their stream");
        }
    }

    @Test
    void anIdleStreamSendsKeepAliveCommentsSoProxiesDoNotCutIt() throws Exception {
        try (Events kabag = open("?ticket=" + ticket(Tokens.kabag()), null)) {
            assertNotNull(kabag.next("ready", 10));
            // every 2 s in this test profile (25 s by default)
            assertNotNull(kabag.next("comment keep-alive", 10));
        }
    }

    @Test
    void aTicketOpensTheStreamOnceAndNotAfterItExpired() throws Exception {
        String ticket = ticket(Tokens.kabag());
        try (Events first = open("?ticket=" + ticket, null)) {
            assertEquals(200, first.response.statusCode());
            try (Events again = open("?ticket=" + ticket, null)) {
                assertEquals(401, again.response.statusCode());
            }
        }
        // A ticket past its lifetime (only its SHA-256 is stored).
        String expired = "expired-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into stream_ticket (ticket_hash, upn, roles, expires_at)
                        values (encode(sha256(convert_to(?1, 'UTF8')), 'hex'), 'kabag.one', 'kabag',
                                now() - interval '1 second')""").setParameter(1, expired).executeUpdate());
        try (Events late = open("?ticket=" + expired, null)) {
            assertEquals(401, late.response.statusCode());
        }
        given().queryParam("ticket", "made-up").get("/api/v1/notifications/stream").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        given().get("/api/v1/notifications/stream").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/notifications/stream").then().statusCode(403);
    }

    @Test
    void theStreamOpensWithABearerTokenAndCarriesWhatAnotherReplicaWrote() throws Exception {
        try (Events pelaksana = open("", Tokens.pelaksana())) {
            assertEquals(200, pelaksana.response.statusCode());
            assertNotNull(pelaksana.next("ready", 10));
            // Another replica of this service writes a notification to the shared table.
            UUID id = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            insert into notification (id, kind, task_id, case_id, step, task_name, recipient_role,
                                recipient_upn, title_en, title_id, message_en, message_id, due_at, created_at)
                            values (?1, 'TASK_ARRIVED', ?2, ?3, 4, 'DRAFT', 'pelaksana', 'pelaksana.one', 't', 't',
                                    'm', 'm', now(), ?4)""")
                    .setParameter(1, id).setParameter(2, UUID.randomUUID()).setParameter(3, UUID.randomUUID())
                    .setParameter(4, Instant.now()).executeUpdate());
            assertNotNull(pelaksana.next(id.toString(), 15));
        }
    }
}
