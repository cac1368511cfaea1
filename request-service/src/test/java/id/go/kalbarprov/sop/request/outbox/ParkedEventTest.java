package id.go.kalbarprov.sop.request.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.outbox.OutboxEvent;
import id.go.kalbarprov.sop.platform.outbox.OutboxRelay;
import id.go.kalbarprov.sop.platform.testing.StandInReceiver;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An event its receiver refuses for good is parked, not retried for ever: the case's next event to that receiver
 * waits visibly behind it, operators list both, and retry (sent again) or skip (done without delivery, the next one
 * goes) recover the case, each recorded with who and why. Against a stand-in archive-service that answers 422 for
 * the cases it is told to refuse.
 */
@QuarkusTest
@TestProfile(ParkedEventTest.StubbedArchive.class)
class ParkedEventTest {

    static final StandInReceiver ARCHIVE = StandInReceiver.single("/api/v1/agenda");

    public static class StubbedArchive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.archive-service.url", ARCHIVE.url());
        }
    }

    @Inject
    OutboxRelay relay;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startStub() {
        ARCHIVE.start();
    }

    @AfterAll
    static void stopStub() {
        ARCHIVE.stop();
    }

    @Test
    void aRefusedEventIsParkedItsCaseWaitsBehindItAndSkipLetsTheNextGo() {
        String caseId = Cases.open();
        ARCHIVE.refuse(caseId);
        relayNow();
        OutboxEvent letter = eventsOf(caseId).get(0);
        assertNotNull(letter.parkedAt, "a 422 parks at once");
        assertEquals(1, letter.attempts);
        assertTrue(letter.parkedReason.startsWith("refused with 422"), letter.parkedReason);
        assertTrue(letter.parkedReason.contains("size must be at most 2000"), letter.parkedReason);

        Cases.issueMemo(caseId);
        relayNow();
        relayNow();
        assertEquals(1, sentFor(caseId), "a parked event is not sent again, and the memo's waits behind it");
        OutboxEvent memo = eventsOf(caseId).get(1);
        assertNull(memo.deliveredAt);
        assertEquals(0, memo.attempts);

        String first = "items.find { it.id == '" + letter.id + "' }";
        String second = "items.find { it.id == '" + memo.id + "' }";
        given().auth().oauth2(Tokens.role("operator")).get("/api/v1/outbox/stuck?parkedOnly=true&size=100")
                .then().statusCode(200)
                .body(first + ".state", equalTo("PARKED"))
                .body(first + ".caseId", equalTo(caseId))
                .body(first + ".type", equalTo(AgendaRegistration.TYPE))
                .body(first + ".destination", equalTo("archive-service"))
                .body(first + ".attempts", equalTo(1))
                .body(first + ".parkedAt", org.hamcrest.Matchers.notNullValue())
                .body(first + ".parkedReason", containsString("422"))
                .body(first + ".payload", nullValue())
                .body(second + ".state", equalTo("BLOCKED"))
                .body(second + ".blockedBehind", equalTo(letter.id.toString()))
                .body(second + ".payload", nullValue());
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/outbox/stuck?size=100").then().statusCode(200)
                .body(second + ".blockedBehind", equalTo(letter.id.toString()));

        given().get(ready).then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.parked", greaterThanOrEqualTo(1))
                .body("checks.find { it.name == 'outbox' }.data.blockedBehindParked", greaterThanOrEqualTo(1));
        given().get(metrics).then().statusCode(200)
                .body(containsString("sop_outbox_parked{destination=\"archive-service\"}"))
                .body(containsString("sop_outbox_blocked{destination=\"archive-service\"}"))
                .body(containsString("sop_outbox_oldest_pending_seconds{destination=\"review-service\"}"));

        action(letter.id, "skip", Tokens.role("operator"), "The letter was entered in the agenda book by hand")
                .statusCode(200).body("action", equalTo("SKIP")).body("actor", equalTo("operator.someone"))
                .body("eventId", equalTo(letter.id.toString()))
                .body("reason", equalTo("The letter was entered in the agenda book by hand"))
                .body("parkedReason", containsString("422"));
        ARCHIVE.accept(caseId);
        relayNow();
        List<OutboxEvent> after = eventsOf(caseId);
        assertNotNull(after.get(0).skippedAt, "skipped: done without delivery");
        assertNull(after.get(0).deliveredAt);
        assertNotNull(after.get(1).deliveredAt, "the memo's registration went once the letter's was skipped");
        assertEquals(2, sentFor(caseId));
        assertEquals(1L, count("select count(*) from outbox_action where event_id = ?1 and action = 'SKIP' "
                + "and actor_upn = 'operator.someone' and reason like 'The letter%'", letter.id));

        action(letter.id, "skip", Tokens.auditor(), "again").statusCode(409)
                .contentType(containsString("application/problem+json")).body("currentState", equalTo("SKIPPED"));
        action(letter.id, "retry", Tokens.auditor(), "again").statusCode(409).body("currentState", equalTo("SKIPPED"));
        action(after.get(1).id, "skip", Tokens.auditor(), "delivered").statusCode(409)
                .body("currentState", equalTo("DELIVERED"));
        assertEquals(1L, count("select count(*) from outbox_action where event_id = ?1", letter.id),
                "a refused action records nothing");
    }

    @Test
    void retrySendsAParkedEventAgain() {
        String caseId = Cases.open();
        ARCHIVE.refuse(caseId);
        relayNow();
        OutboxEvent letter = eventsOf(caseId).get(0);
        assertNotNull(letter.parkedAt);

        action(letter.id, "retry", Tokens.auditor(), "Still refused?").statusCode(200).body("action", equalTo("RETRY"))
                .body("actor", equalTo("auditor.one")).body("attempts", equalTo(1));
        relayNow();
        OutboxEvent again = eventsOf(caseId).get(0);
        assertEquals(2, sentFor(caseId), "retried: sent again");
        assertNotNull(again.parkedAt, "refused again: parked again");
        assertEquals(1, again.attempts, "attempts count from zero after a retry");

        ARCHIVE.accept(caseId);
        action(letter.id, "retry", Tokens.role("operator"), "archive-service fixed").statusCode(200);
        OutboxEvent unparked = eventsOf(caseId).get(0);
        assertNull(unparked.parkedAt);
        assertEquals(0, unparked.attempts);
        relayNow();
        assertNotNull(eventsOf(caseId).get(0).deliveredAt);
        assertEquals(3, sentFor(caseId));
        assertEquals(2L, count("select count(*) from outbox_action where event_id = ?1 and action = 'RETRY'", letter.id));

        action(letter.id, "retry", Tokens.auditor(), "once more").statusCode(409)
                .body("currentState", equalTo("DELIVERED"));
    }

    @Test
    void aNotParkedEventCannotBeRetriedOrSkipped() {
        String caseId = Cases.open(); // not relayed: waiting, not parked
        UUID waiting = eventsOf(caseId).get(0).id;
        action(waiting, "retry", Tokens.auditor(), "why not").statusCode(409).body("currentState", equalTo("NOT_PARKED"));
        action(waiting, "skip", Tokens.auditor(), "why not").statusCode(409).body("currentState", equalTo("NOT_PARKED"));
        assertNull(eventsOf(caseId).get(0).skippedAt);
    }

    @Test
    void anUnknownEventIs404AndAReasonIsRequired() {
        UUID unknown = UUID.randomUUID();
        action(unknown, "retry", Tokens.auditor(), "x").statusCode(404)
                .contentType(containsString("application/problem+json"));
        action(unknown, "skip", Tokens.auditor(), "x").statusCode(404);
        for (String action : new String[] {"retry", "skip"}) {
            String path = "/api/v1/outbox/events/" + unknown + "/" + action;
            given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                    .post(path).then().statusCode(400).body("violations", hasSize(1));
            given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                    .post(path).then().statusCode(400);
            given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body("{}")
                    .post(path).then().statusCode(400);
            given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON)
                    .body(Map.of("reason", "x", "force", true)).post(path).then().statusCode(400);
        }
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/outbox/events/not-a-uuid/retry").then().statusCode(404);
    }

    @Test
    void onlyTheAuditorAndTheOperatorMayListRetryOrSkip() {
        UUID id = UUID.randomUUID();
        for (String action : new String[] {"retry", "skip"}) {
            given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                    .post("/api/v1/outbox/events/" + id + "/" + action).then().statusCode(401);
            for (String role : new String[] {"karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "unit", "admin",
                    "request-service", "review-service", "archive-service"}) {
                action(id, action, Tokens.role(role), "x").statusCode(403);
            }
        }
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/outbox/stuck").then().statusCode(403);
        given().auth().oauth2(Tokens.role("operator")).get("/api/v1/outbox/stuck").then().statusCode(200);
    }

    private static ValidatableResponse action(UUID id, String action, String token, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/outbox/events/" + id + "/" + action).then();
    }

    private void relayNow() {
        QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update outbox_event set next_attempt_at = now() where delivered_at is null").executeUpdate());
        relay.relay();
    }

    private List<OutboxEvent> eventsOf(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateId = ?1 and destination = 'archive-service' order by createdAt", UUID.fromString(caseId))
                .list());
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }

    private static long sentFor(String caseId) {
        return ARCHIVE.sent().stream().filter(sent -> sent.body().contains(caseId)).count();
    }
}
