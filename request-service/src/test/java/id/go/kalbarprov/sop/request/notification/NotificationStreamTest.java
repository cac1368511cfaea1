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
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
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

    private Events open(String query, String bearer) throws IOException, InterruptedException {
        return Events.open(http, stream + query, bearer);
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
            insertElsewhere(id, UUID.randomUUID(), "pelaksana", "pelaksana.one", null);
            assertNotNull(pelaksana.next(id.toString(), 15));
        }
    }

    /** A notification row as another replica of this service writes it (the table's trigger signals it on commit). */
    void insertElsewhere(UUID id, UUID caseId, String role, String upn, String unit) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into notification (id, kind, task_id, case_id, step, task_name, recipient_role,
                            recipient_upn, recipient_unit, title_en, title_id, message_en, message_id, due_at,
                            created_at)
                        values (?1, 'TASK_ARRIVED', ?2, ?3, 2, 'SUBMISSION', ?4, ?5, ?6, 't', 't', 'm', 'm', now(),
                                ?7)""")
                .setParameter(1, id).setParameter(2, UUID.randomUUID()).setParameter(3, caseId)
                .setParameter(4, role).setParameter(5, upn).setParameter(6, unit).setParameter(7, Instant.now())
                .executeUpdate());
    }

    @Test
    void anArrivalWakesTheStreamWhenItCommitsNotAtTheNextReCheck() throws Exception {
        // The re-check runs every 60 s in this test profile: only the LISTEN signal can deliver within 3 s.
        try (Events pelaksana = open("", Tokens.pelaksana())) {
            assertNotNull(pelaksana.next("ready", 10));
            for (int i = 0; i < 3; i++) {
                UUID id = UUID.randomUUID();
                long started = System.nanoTime();
                insertElsewhere(id, UUID.randomUUID(), "pelaksana", null, null);
                assertNotNull(pelaksana.next(id.toString(), 3), "signalled on commit");
                System.out.printf("Arrival streamed %d ms after its commit%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }
    }

    @Test
    void aUnitSeesItsOwnUnitsArrivalsAndNotAnotherUnits() throws Exception {
        try (Events dinkes = open("", Tokens.unit("DINKES"))) {
            assertNotNull(dinkes.next("ready", 10));
            UUID theirs = UUID.randomUUID();
            UUID ours = UUID.randomUUID();
            UUID otherOfficers = UUID.randomUUID();
            insertElsewhere(theirs, UUID.randomUUID(), "unit", null, "DISDIK");
            insertElsewhere(otherOfficers, UUID.randomUUID(), "pelaksana", "pelaksana.two", null);
            insertElsewhere(ours, UUID.randomUUID(), "unit", null, "DINKES");
            assertNotNull(dinkes.next(ours.toString(), 5));
            assertNull(dinkes.next(theirs.toString(), 2), "another unit's task is not in this unit's stream");
            assertNull(dinkes.next(otherOfficers.toString(), 1), "nor another role's");
        }
    }
    @Test
    void theSignalCarriesTheNotificationSoTheStreamDoesNotReadIt() throws Exception {
        // The row is gone when its transaction commits: only the signal's payload can still deliver it (the re-check
        // runs every 60 s in this test profile and would not find it either).
        try (Events pelaksana = open("", Tokens.pelaksana())) {
            assertNotNull(pelaksana.next("ready", 10));
            UUID id = UUID.randomUUID();
            UUID caseId = UUID.randomUUID();
            writtenAndDeletedByTheOwner(id, caseId);
            String event = pelaksana.next(id.toString(), 3);
            assertNotNull(event, "streamed from the signal alone");
            assertTrue(event.contains(caseId.toString()), event);
        }
    }

    @Test
    void aNotificationTooLongForASignalIsReadByItsId() throws Exception {
        // 2 x 2000 two-byte characters: over the 8000 bytes a NOTIFY payload may have, so the signal carries the id.
        String longText = "\u00e9".repeat(2000);
        try (Events pelaksana = open("", Tokens.pelaksana())) {
            assertNotNull(pelaksana.next("ready", 10));
            UUID id = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> insert(id, UUID.randomUUID(), "t", longText));
            String event = pelaksana.next(id.toString(), 3);
            assertNotNull(event, "signalled by id and read");
            assertTrue(event.contains(longText), "the whole message");
        }
    }

    /** Inserted and deleted in one transaction, as the schema's owner (the service's role may not delete). */
    private static void writtenAndDeletedByTheOwner(UUID id, UUID caseId) throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "request_owner", "request_owner");
             PreparedStatement insert = db.prepareStatement("""
                     insert into request_svc.notification (id, kind, task_id, case_id, step, task_name,
                         recipient_role, title_en, title_id, message_en, message_id, due_at, created_at)
                     values (?, 'TASK_ARRIVED', ?, ?, 2, 'SUBMISSION', 'pelaksana', 't', 't', 'm', 'm', now(), now())""");
             PreparedStatement delete = db.prepareStatement("delete from request_svc.notification where id = ?")) {
            db.setAutoCommit(false);
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, caseId);
            insert.executeUpdate();
            delete.setObject(1, id);
            delete.executeUpdate();
            db.commit();
        }
    }

    private void insert(UUID id, UUID caseId, String title, String message) {
        em.createNativeQuery("""
                        insert into notification (id, kind, task_id, case_id, step, task_name, recipient_role,
                            recipient_upn, title_en, title_id, message_en, message_id, due_at, created_at)
                        values (?1, 'TASK_ARRIVED', ?2, ?3, 2, 'SUBMISSION', 'pelaksana', null, ?4, ?4, ?5, ?5, now(),
                                ?6)""")
                .setParameter(1, id).setParameter(2, UUID.randomUUID()).setParameter(3, caseId)
                .setParameter(4, title).setParameter(5, message).setParameter(6, Instant.now()).executeUpdate();
    }
}
