package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.event.ReviewIds;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Karo's withdrawal before signing, and the outcomes review-service reports (withdrawn in review, no correction
 * needed): final states, tasks closed, the timeline and the agenda book show who and why.
 */
@QuarkusTest
class CaseOutcomeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    private static ValidatableResponse withdraw(String caseId, String token, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/withdrawal").then();
    }

    private static String inReview() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        return c.id();
    }

    private static Map<String, Object> status(int step, String kind, String status, String detail) {
        Map<String, Object> e = new HashMap<>();
        e.put("eventId", UUID.randomUUID().toString());
        e.put("type", "CaseStatus");
        e.put("step", step);
        e.put("kind", kind);
        e.put("status", status);
        e.put("at", Instant.now().toString());
        e.put("actor", Map.of("upn", "karo.one", "name", "Karo Satu", "acting", false));
        e.put("version", 1);
        e.put("contentHash", "a".repeat(64));
        e.put("detail", detail);
        return e;
    }

    private static void report(String caseId, Map<String, Object> event, int expected) {
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(event)
                .post("/api/v1/cases/" + caseId + "/status-events").then().statusCode(expected);
    }

    private long openTasks(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from task where case_id = ?1 and done_at is null")
                .setParameter(1, UUID.fromString(caseId)).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outbox(String caseId, String type) {
        List<?> payloads = em.createNativeQuery("select cast(payload as text) from outbox_event "
                        + "where aggregate_id = ?1 and type = ?2 order by created_at, id")
                .setParameter(1, UUID.fromString(caseId)).setParameter(2, type).getResultList();
        List<Map<String, Object>> parsed = new ArrayList<>();
        for (Object payload : payloads) {
            try {
                parsed.add(JSON.readValue((String) payload, Map.class));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return parsed;
    }

    private void everyActionIsRefusedWith409(String id, String state) {
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Cases.memoBody())
                .post("/api/v1/cases/" + id + "/memo").then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo(state))
                .body("action", equalTo("ISSUE_MEMO"));
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + id + "/forward").then().statusCode(409)
                .body("currentState", equalTo(state)).body("action", equalTo("FORWARD"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", "pelaksana.one"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(409)
                .body("currentState", equalTo(state)).body("action", equalTo("ASSIGN"));
        withdraw(id, Tokens.karo(), "Once more").statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo(state)).body("action", equalTo("WITHDRAW"));
    }

    @Test
    void theKaroWithdrawsAnOpenCaseWithAReasonAndItEnds() {
        String id = Cases.open();
        withdraw(id, Tokens.kabag(), "Not mine").statusCode(403).contentType("application/problem+json");
        withdraw(id, Tokens.pelaksana(), "Not mine").statusCode(403);
        withdraw(id, Tokens.unit(Cases.UNIT_A), "Not mine").statusCode(403);
        withdraw(id, Tokens.karo(), null).statusCode(400).contentType("application/problem+json");
        withdraw(id, Tokens.karo(), "x".repeat(2001)).statusCode(400);
        withdraw(UUID.randomUUID().toString(), Tokens.karo(), "Unknown").statusCode(404);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id).then().body("state", equalTo("OPEN"));

        withdraw(id, Tokens.karo(), " The request was cancelled by the ministry ").statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        assertEquals(0, openTasks(id), "the Kabag's memo task is closed");
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("whoseTurn", hasSize(0))
                .body("events.find { it.kind == 'WITHDRAWN' }.detail",
                        equalTo("Withdrawn by the Karo: The request was cancelled by the ministry"))
                .body("events.find { it.kind == 'WITHDRAWN' }.step", equalTo(1));
        Map<String, Object> entry = outbox(id, "AgendaRegistration").stream()
                .filter(r -> (id + "/Withdrawal").equals(r.get("sourceRef"))).findFirst().orElseThrow();
        assertEquals(1, entry.get("step"));
        assertEquals("The request was cancelled by the ministry", entry.get("remarks"));
        assertEquals("000.8.6.3", entry.get("classification"));
        assertEquals(0, outbox(id, "CaseWithdrawn").size(), "no review exists: nothing to close there");
        everyActionIsRefusedWith409(id, "WITHDRAWN");
    }

    @Test
    void aCaseInDraftingIsWithdrawnAndThePelaksanaCanNoLongerWorkOnIt() {
        Cases.Drafting c = Cases.drafting();
        withdraw(c.id(), Tokens.karo(), "Duplicate of another case").statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        assertEquals(0, openTasks(c.id()));
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                .body(Map.of("rowIds", c.rowsA(), "notes", "n", "conclusion", "c"))
                .put("/api/v1/cases/" + c.id() + "/draft").then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN")).body("action", equalTo("EDIT_DRAFT"));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-9", 1, 1, 1))))
                .post("/api/v1/cases/" + c.id() + "/submissions").then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + c.id() + "/timeline").then()
                .body("events.find { it.kind == 'WITHDRAWN' }.step", equalTo(4))
                .body("events.find { it.kind == 'WITHDRAWN' }.actorUpn", equalTo("karo.one"));
    }

    @Test
    void aCaseInReviewIsWithdrawnInReviewServiceAndTheAnswerNamesTheReview() {
        String id = inReview();
        String reviewId = ReviewIds.of(UUID.fromString(id)).toString();
        withdraw(id, Tokens.karo(), "Cancelled").statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("IN_REVIEW")).body("action", equalTo("WITHDRAW"))
                .body("reviewId", equalTo(reviewId))
                .body("withdrawalEndpoint", equalTo("/api/v1/reviews/" + reviewId + "/withdrawal"))
                .body("detail", containsString("/api/v1/reviews/" + reviewId + "/withdrawal"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id).then().body("state", equalTo("IN_REVIEW"));

        report(id, status(6, "WITHDRAWN", "WITHDRAWN", "Karo Organisasi: withdrew the case — Cancelled"), 200);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("state", equalTo("WITHDRAWN")).body("whoseTurn", hasSize(0))
                .body("events.find { it.kind == 'WITHDRAWN' }.detail", containsString("Cancelled"))
                .body("events.find { it.kind == 'WITHDRAWN' }.actorUpn", equalTo("karo.one"));
        assertEquals(0, openTasks(id));
        everyActionIsRefusedWith409(id, "WITHDRAWN");
    }

    @Test
    void aCaseBackWithThePelaksanaIsWithdrawnHereAndReviewIsTold() {
        String id = inReview();
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(Cases.returned(id, 1, "Recount"))
                .post("/api/v1/cases/" + id + "/returns").then().statusCode(200);
        withdraw(id, Tokens.karo(), "No longer needed").statusCode(200).body("state", equalTo("WITHDRAWN"));
        List<Map<String, Object>> handoffs = outbox(id, "CaseWithdrawn");
        assertEquals(1, handoffs.size());
        assertEquals(id, handoffs.get(0).get("caseId"));
        assertEquals(1, handoffs.get(0).get("draftVersion"));
        assertEquals("No longer needed", handoffs.get(0).get("reason"));
        assertEquals("karo.one", ((Map<?, ?>) handoffs.get(0).get("withdrawnBy")).get("upn"));
        assertEquals(0, openTasks(id), "the pelaksana's revision task is closed");
        given().auth().oauth2(Tokens.pelaksana()).post("/api/v1/cases/" + id + "/draft/submit").then()
                .statusCode(409).body("currentState", equalTo("WITHDRAWN")).body("action", equalTo("SUBMIT_DRAFT"));
    }

    @Test
    void aSignedCaseCannotBeWithdrawn() {
        String id = inReview();
        report(id, status(7, "SIGNATURE", "SIGNED", null), 200);
        withdraw(id, Tokens.karo(), "Too late").statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("SIGNED")).body("action", equalTo("WITHDRAW"))
                .body("detail", containsString("signed"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id).then().body("state", equalTo("SIGNED"));
    }

    @Test
    void noCorrectionNeededReportedByReviewEndsTheCase() {
        String id = inReview();
        Map<String, Object> closed = status(7, "NO_CORRECTION", "CLOSED_NO_CORRECTION",
                "Karo Organisasi: closed the case, no correction needed — The reported figures are right");
        closed.put("actionableAt", Instant.now().minusSeconds(600).toString());
        closed.put("standardMinutes", 20);
        given().auth().oauth2(Tokens.archiveService()).contentType(ContentType.JSON).body(closed)
                .post("/api/v1/cases/" + id + "/status-events").then().statusCode(403);
        report(id, closed, 200);
        report(id, closed, 200);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("state", equalTo("CLOSED_NO_CORRECTION")).body("whoseTurn", hasSize(0))
                .body("events.findAll { it.kind == 'NO_CORRECTION' }", hasSize(1))
                .body("events.find { it.kind == 'NO_CORRECTION' }.detail", containsString("figures are right"))
                .body("steps.find { it.step == 7 }.doneAt", org.hamcrest.Matchers.notNullValue());
        assertEquals(0, openTasks(id));
        everyActionIsRefusedWith409(id, "CLOSED_NO_CORRECTION");
        report(id, status(7, "SIGNATURE", "SIGNED", null), 409);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases?state=CLOSED_NO_CORRECTION&size=100").then()
                .statusCode(200);
    }

    @Test
    void aRepeatedWithdrawalWithTheSameIdempotencyKeyGivesTheFirstAnswer() {
        String id = Cases.open();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Cancelled")).post("/api/v1/cases/" + id + "/withdrawal")
                    .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        }
        Number events = (Number) em.createNativeQuery(
                        "select count(*) from case_event where case_id = ?1 and kind = 'WITHDRAWN'")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertEquals(1, events.intValue());
        assertTrue(outbox(id, "AgendaRegistration").stream()
                .filter(r -> (id + "/Withdrawal").equals(r.get("sourceRef"))).count() == 1);
    }
}
