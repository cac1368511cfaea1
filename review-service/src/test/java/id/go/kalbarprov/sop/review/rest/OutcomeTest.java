package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.ReviewIds;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The Karo's "no correction needed" at level 7 and withdrawal of a case in review: final states of the review. */
@QuarkusTest
class OutcomeTest {

    private static ValidatableResponse withdraw(UUID reviewId, String token, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews/" + reviewId + "/withdrawal").then();
    }

    private static String status(UUID reviewId) {
        return (String) Db.rows("SELECT status FROM review WHERE id = ?", reviewId).get(0).get("status");
    }

    private static Map<String, Object> caseWithdrawn(UUID caseId) {
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("upn", "karo.one");
        by.put("name", "Karo Satu");
        by.put("acting", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("type", "CaseWithdrawn");
        body.put("caseId", caseId.toString());
        body.put("draftVersion", 1);
        body.put("reason", "The ministry cancelled the request");
        body.put("withdrawnBy", by);
        body.put("at", "2026-03-02T02:00:00Z");
        return body;
    }

    @Test
    void theReviewOfACaseHasTheIdDerivedFromTheCase() {
        UUID caseId = UUID.randomUUID();
        assertEquals(ReviewIds.of(caseId), ReviewApi.open(caseId));
    }

    @Test
    void noCorrectionNeededClosesTheReviewWithASealedClosureAndNoNumber() {
        UUID id = ReviewApi.atLevel7();
        UUID caseId = ReviewApi.caseOf(id);
        long counters = Db.count("SELECT coalesce(sum(last_sequence), 0) FROM correction_counter");
        ReviewApi.decide(id, Tokens.karo(), "NO_CORRECTION", 1, " The reported figures are right ")
                .statusCode(201).body("act.kind", equalTo("NO_CORRECTION"))
                .body("act.reason", equalTo("The reported figures are right"))
                .body("seal.act", equalTo("CLOSURE")).body("seal.documentNumber", nullValue())
                .body("review.status", equalTo("CLOSED_NO_CORRECTION"));
        assertEquals("CLOSED_NO_CORRECTION", status(id));
        assertNull(Db.rows("SELECT document_number FROM review WHERE id = ?", id).get(0).get("document_number"));
        assertEquals(counters, Db.count("SELECT coalesce(sum(last_sequence), 0) FROM correction_counter"),
                "no document number is consumed");
        assertEquals(0, Db.count("SELECT count(*) FROM review_task WHERE review_id = ? AND done_at IS NULL", id));
        assertEquals(1, Db.count("SELECT count(*) FROM review_seal WHERE review_id = ? AND act = 'CLOSURE' "
                + "AND level = 7 AND version = 1", id));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals/verification")
                .then().statusCode(200);
        List<Map<String, Object>> statuses = Db.outbox(caseId, "CaseStatus");
        Map<String, Object> last = statuses.get(statuses.size() - 1);
        assertEquals("CLOSED_NO_CORRECTION", last.get("status"));
        assertEquals(7, last.get("step"));
        assertTrue(((String) last.get("detail")).contains("The reported figures are right"));
        assertEquals(0, Db.outbox(caseId, "CorrectionSigned").size(), "nothing goes to archiving");
        assertTrue(Db.outbox(caseId, "AgendaRegistration").stream().anyMatch(r ->
                (caseId + "/NoCorrectionNeeded").equals(r.get("sourceRef")) && Integer.valueOf(7).equals(r.get("step"))
                        && ((String) r.get("remarks")).startsWith("The reported figures are right")
                        && r.get("classification") != null));
        ReviewApi.decide(id, Tokens.karo(), "APPROVE", 1, null).statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("CLOSED_NO_CORRECTION")).body("action", equalTo("APPROVE"));
        withdraw(id, Tokens.karo(), "Too late").statusCode(409).body("currentState", equalTo("CLOSED_NO_CORRECTION"))
                .body("action", equalTo("WITHDRAW"));
    }

    @Test
    void noCorrectionNeededNeedsAReasonAndTheKaroAtLevel7() {
        UUID id = ReviewApi.atLevel7();
        ReviewApi.decide(id, Tokens.karo(), "NO_CORRECTION", 1, null).statusCode(400)
                .contentType("application/problem+json");
        ReviewApi.decide(id, Tokens.karo(), "NO_CORRECTION", 1, "  ").statusCode(400);
        UUID atFive = ReviewApi.open();
        ReviewApi.decide(atFive, Tokens.kasubbag(), "NO_CORRECTION", 1, "Looks fine").statusCode(403)
                .contentType("application/problem+json").body("action", equalTo("NO_CORRECTION"));
        ReviewApi.decide(atFive, Tokens.karo(), "NO_CORRECTION", 1, "Looks fine").statusCode(403);
        assertEquals("IN_REVIEW", status(id));
        assertEquals("IN_REVIEW", status(atFive));
        assertEquals(0, Db.count("SELECT count(*) FROM review_act WHERE review_id IN (?, ?) AND kind = 'NO_CORRECTION'",
                id, atFive));
    }

    @Test
    void theKaroWithdrawsAReviewAtAnyLevelAndNothingMovesAfterwards() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        withdraw(id, Tokens.kabag(), "Not mine").statusCode(403);
        withdraw(id, Tokens.kasubbag(), "Not mine").statusCode(403);
        withdraw(id, Tokens.karo(), " ").statusCode(400).contentType("application/problem+json");
        withdraw(id, Tokens.karo(), "X".repeat(2001)).statusCode(400);
        assertEquals("IN_REVIEW", status(id));
        withdraw(id, Tokens.karo(), "The ministry cancelled the request").statusCode(201)
                .body("act.kind", equalTo("WITHDRAWN")).body("act.level", equalTo(7))
                .body("review.status", equalTo("WITHDRAWN")).body("seal", nullValue());
        assertEquals("WITHDRAWN", status(id));
        assertEquals(1, Db.count("SELECT count(*) FROM review_task WHERE review_id = ? AND outcome = 'WITHDRAWN' "
                + "AND level = 5 AND done_by_upn IS NOT NULL", id));
        assertEquals(0, Db.count("SELECT count(*) FROM review_task WHERE review_id = ? AND done_at IS NULL", id));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/reviews").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        List<Map<String, Object>> statuses = Db.outbox(caseId, "CaseStatus");
        Map<String, Object> last = statuses.get(statuses.size() - 1);
        assertEquals("WITHDRAWN", last.get("status"));
        assertEquals(5, last.get("step"), "withdrawn at the step whose turn it was");
        assertNotNull(last.get("actionableAt"), "the closed turn is reported with its times, so request-service's "
                + "combined report counts it as this service's report does");
        assertEquals(20, last.get("standardMinutes"));
        assertTrue(((String) last.get("detail")).contains("The ministry cancelled the request"));
        assertTrue(Db.outbox(caseId, "AgendaRegistration").stream().anyMatch(r ->
                (caseId + "/Withdrawal").equals(r.get("sourceRef")) && Integer.valueOf(5).equals(r.get("step"))));
        ReviewApi.decide(id, Tokens.kasubbag(), "APPROVE", 1, null).statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("WITHDRAWN")).body("action", equalTo("APPROVE"));
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "85").statusCode(409).body("action", equalTo("AMEND"));
        withdraw(id, Tokens.karo(), "Again").statusCode(409).body("currentState", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(ReviewApi.arrival(caseId, 2))
                .post("/api/v1/reviews").then().statusCode(409);
        assertEquals(1, Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id));
    }

    @Test
    void aSignedReviewCannotBeWithdrawn() {
        UUID id = ReviewApi.signed();
        withdraw(id, Tokens.karo(), "Changed my mind").statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("SIGNED")).body("action", equalTo("WITHDRAW"));
        assertEquals("SIGNED", status(id));
    }

    @Test
    void aReviewBackWithThePelaksanaIsWithdrawnThroughRequestService() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.returnDown(id, Tokens.kasubbag(), 1, "Recount the rows");
        withdraw(id, Tokens.karo(), "Cancelled").statusCode(409)
                .body("currentState", equalTo("RETURNED_TO_PELAKSANA"))
                .body("detail", org.hamcrest.Matchers.containsString("/api/v1/cases/" + caseId + "/withdrawal"));
        Map<String, Object> event = caseWithdrawn(caseId);
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(event)
                .post("/api/v1/reviews/case-withdrawals").then().statusCode(403);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(event)
                .post("/api/v1/reviews/case-withdrawals").then().statusCode(200).body("applied", equalTo(true));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(event)
                .post("/api/v1/reviews/case-withdrawals").then().statusCode(200).body("applied", equalTo(false));
        assertEquals("WITHDRAWN", status(id));
        assertEquals(1, Db.count("SELECT count(*) FROM review_act WHERE review_id = ? AND kind = 'WITHDRAWN' "
                + "AND upn = 'karo.one' AND reason = 'The ministry cancelled the request'", id));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(caseWithdrawn(caseId))
                .post("/api/v1/reviews/case-withdrawals").then().statusCode(200).body("applied", equalTo(false));
        assertEquals(0, Db.outbox(caseId, "CaseStatus").stream().filter(s -> "WITHDRAWN".equals(s.get("status")))
                .count(), "request-service ended the case itself: nothing goes back");
    }

    @Test
    void aCaseWithdrawnHandoffForAReviewInReviewIsRefused() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(caseWithdrawn(caseId))
                .post("/api/v1/reviews/case-withdrawals").then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("IN_REVIEW"));
        assertEquals("IN_REVIEW", status(id));
    }

    @Test
    void aRepeatedWithdrawalWithTheSameIdempotencyKeyGivesTheFirstAnswer() {
        UUID id = ReviewApi.open();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.karo()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Cancelled")).post("/api/v1/reviews/" + id + "/withdrawal")
                    .then().statusCode(201).body("review.status", equalTo("WITHDRAWN"));
        }
        assertEquals(1, Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id));
    }

    @Test
    void ofAWithdrawalAndASignatureAtOnceExactlyOneWins() throws Exception {
        for (int attempt = 0; attempt < 4; attempt++) {
            UUID id = ReviewApi.atLevel7();
            UUID caseId = ReviewApi.caseOf(id);
            IntSupplier sign = () -> given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON)
                    .body(Map.of("decision", "APPROVE", "version", 1))
                    .post("/api/v1/reviews/" + id + "/decisions").statusCode();
            IntSupplier withdrawal = () -> given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Cancelled")).post("/api/v1/reviews/" + id + "/withdrawal").statusCode();
            List<Integer> answers = together(List.of(sign, withdrawal));
            List<Integer> sorted = new ArrayList<>(answers);
            sorted.sort(null);
            assertEquals(List.of(201, 409), sorted, "answers " + answers);
            String status = status(id);
            boolean signed = answers.get(0) == 201;
            assertEquals(signed ? "SIGNED" : "WITHDRAWN", status);
            assertEquals(1, Db.count("SELECT count(*) FROM review_act WHERE review_id = ? AND level = 7", id));
            if (signed) {
                ReviewApi.awaitSignedDocument(id);
            }
            assertEquals(signed ? 1 : 0, Db.outbox(caseId, "CorrectionSigned").size());
            assertEquals(signed ? 0 : 1, Db.outbox(caseId, "CaseStatus").stream()
                    .filter(s -> "WITHDRAWN".equals(s.get("status"))).count());
        }
    }

    private static List<Integer> together(List<IntSupplier> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = requests.stream().map(request ->
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return request.getAsInt();
                    }, pool)).toList();
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
