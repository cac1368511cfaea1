package id.go.kalbarprov.sop.review.rest;

import java.util.Base64;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/v1/reviews/{id}/decisions: paraf, signature and returns, with every refusal. */
@QuarkusTest
class DecisionTest {


    private static long acts(UUID reviewId) {
        return Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", reviewId);
    }


    @Test
    void kasubbagInitialsAndPassesTheReviewToLevel6() {
        UUID id = ReviewApi.open();
        ReviewApi.decide(id, Tokens.kasubbag(), "APPROVE", 1, null).statusCode(201)
                .body("act.kind", equalTo("INITIALLED"))
                .body("act.decision", equalTo("APPROVE"))
                .body("act.level", equalTo(5))
                .body("act.by.upn", equalTo("kasubbag.one"))
                .body("act.by.nip", equalTo("197502022000032002"))
                .body("act.post", equalTo("Kasubbag TU"))
                .body("act.version", equalTo(1))
                .body("act.contentHash", notNullValue())
                .body("seal.act", equalTo("PARAF"))
                .body("seal.signature", notNullValue())
                .body("review.pending.level", equalTo(6))
                .body("review.pending.role", equalTo("kabag"));
    }

    @Test
    void theWholeChainSignsAndHandsTheSignedCorrectionToArchiveAndTheStatusToRequest() {
        UUID caseId = UUID.randomUUID();
        UUID id = ReviewApi.open(caseId);
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.approve(id, Tokens.kabag(), 1);
        ReviewApi.amend(id, Tokens.karo(), 1, "82").statusCode(201);
        ReviewApi.decide(id, Tokens.karo(), "APPROVE", 2, null).statusCode(201)
                .body("act.kind", equalTo("SIGNED"))
                .body("seal.act", equalTo("SIGNATURE"))
                .body("review.status", equalTo("SIGNED"))
                .body("review.pending", nullValue());

        ReviewApi.awaitSignedDocument(id);
        List<Map<String, Object>> signed = Db.outbox(caseId, "CorrectionSigned");
        assertEquals(1, signed.size());
        Map<String, Object> correction = signed.get(0);
        assertEquals(Set.of("eventId", "type", "caseId", "reviewId", "version", "draftVersion", "title", "year", "period",
                "content", "contentHash", "seals", "amendments", "documentNumber", "documentDate", "signedAt",
                "verificationId", "pdfSha256", "pdf"), correction.keySet());
        assertEquals(correction.get("pdfSha256"),
                ContentHash.sha256(Base64.getDecoder().decode((String) correction.get("pdf"))),
                "the PDF travels with its hash");
        assertEquals(id.toString(), correction.get("reviewId"));
        assertEquals(2, correction.get("version"));
        assertEquals(1, correction.get("draftVersion"));
        assertEquals(ContentHash.sha256((String) correction.get("content")),
                correction.get("contentHash"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seals = (List<Map<String, Object>>) correction.get("seals");
        assertEquals(List.of(5, 6, 7), seals.stream().map(s -> s.get("level")).toList());
        assertEquals(List.of("PARAF", "PARAF", "SIGNATURE"), seals.stream().map(s -> s.get("act")).toList());
        assertEquals(Set.of("level", "act", "reviewId", "upn", "nip", "name", "post", "acting", "at", "version",
                "contentHash", "algorithm", "keyId", "signature"), seals.get(0).keySet());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> amendments = (List<Map<String, Object>>) correction.get("amendments");
        assertEquals(1, amendments.size(), "the Karo's amendment after the level-6 paraf travels sealed");
        assertEquals(7, amendments.get(0).get("level"));
        assertEquals(1, amendments.get(0).get("fromVersion"));
        assertEquals(2, amendments.get(0).get("toVersion"));
        assertEquals(correction.get("contentHash"), amendments.get(0).get("toHash"));
        assertEquals(2, seals.get(2).get("version"));
        assertEquals(1, seals.get(0).get("version"));

        List<Map<String, Object>> steps = Db.outbox(caseId, "CaseStatus");
        assertEquals(List.of(5, 6, 7), steps.stream().map(s -> s.get("step")).toList());
        assertEquals(List.of("PARAF", "PARAF", "SIGNATURE"), steps.stream().map(s -> s.get("kind")).toList());
        List<Map<String, Object>> status = steps.stream().filter(s -> "SIGNED".equals(s.get("status"))).toList();
        assertEquals(1, status.size());
        assertEquals(Set.of("eventId", "type", "caseId", "step", "kind", "status", "at", "actionableAt",
                "standardMinutes", "actor", "version", "contentHash", "detail"), status.get(0).keySet());
        assertEquals(20, status.get(0).get("standardMinutes"));
        assertEquals(7, status.get(0).get("step"));
        assertEquals("karo.one", ((Map<?, ?>) status.get(0).get("actor")).get("upn"));
    }

    @Test
    void returnFromLevel5GoesBackToThePelaksanaThroughTheOutbox() {
        UUID caseId = UUID.randomUUID();
        UUID id = ReviewApi.open(caseId);
        ReviewApi.decide(id, Tokens.kasubbag(), "RETURN", 1, "Rows from Dinas Kesehatan are missing")
                .statusCode(201)
                .body("act.kind", equalTo("RETURNED"))
                .body("act.reason", equalTo("Rows from Dinas Kesehatan are missing"))
                .body("seal", nullValue())
                .body("review.status", equalTo("RETURNED_TO_PELAKSANA"))
                .body("review.pending", nullValue());
        List<Map<String, Object>> returned = Db.outbox(caseId, "DraftReturned");
        assertEquals(1, returned.size());
        Map<String, Object> body = returned.get(0);
        assertEquals(Set.of("eventId", "type", "version", "reason", "returnedBy", "reviewedVersion", "content",
                "contentHash"), body.keySet());
        assertEquals(1, body.get("version"));
        assertEquals(1, body.get("reviewedVersion"));
        assertEquals(CanonicalJson.write(ReviewApi.content(caseId, 1, "80")), body.get("content"));
        assertEquals("kasubbag.one", ((Map<?, ?>) body.get("returnedBy")).get("upn"));
        assertEquals(false, ((Map<?, ?>) body.get("returnedBy")).get("acting"));
    }

    @Test
    void aReturnToThePelaksanaCarriesTheVersionAsAmendedAtLevels5And6() {
        UUID caseId = UUID.randomUUID();
        UUID id = ReviewApi.open(caseId);
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.amend(id, Tokens.kabag(), 1, "84").statusCode(201);
        ReviewApi.returnDown(id, Tokens.kabag(), 2, "Level 5: check the source");
        ReviewApi.returnDown(id, Tokens.kasubbag(), 2, "Please revise with our corrections");
        Map<String, Object> body = Db.outbox(caseId, "DraftReturned").get(0);
        String stored = (String) Db.rows("SELECT content FROM review_version WHERE review_id = ? AND number = 2", id)
                .get(0).get("content");
        assertEquals(1, body.get("version"));
        assertEquals(2, body.get("reviewedVersion"));
        assertEquals(stored, body.get("content"));
        assertEquals(ContentHash.sha256(stored), body.get("contentHash"));
        assertTrue(stored.contains("\"actualCorrected\":\"84\""), stored);
    }

    @Test
    void aReturnToThePelaksanaNamesTheDraftVersionTheRoundStartedFrom() {
        UUID caseId = UUID.randomUUID();
        UUID id = ReviewApi.open(caseId);
        ReviewApi.returnDown(id, Tokens.kasubbag(), 1, "first");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 2, ReviewApi.content(caseId, 2, "85")))
                .post("/api/v1/reviews").then().statusCode(201);
        ReviewApi.amend(id, Tokens.kasubbag(), 2, "86").statusCode(201);
        ReviewApi.returnDown(id, Tokens.kasubbag(), 3, "second");
        List<Map<String, Object>> returned = Db.outbox(caseId, "DraftReturned");
        assertEquals(2, returned.size());
        assertEquals(2, returned.get(1).get("version"));
        assertEquals("second", returned.get(1).get("reason"));
    }

    @Test
    void returnFromLevel6GoesBackToLevel5WithReason() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.decide(id, Tokens.kabag(), "RETURN", 1, "Check the data source").statusCode(201)
                .body("review.status", equalTo("IN_REVIEW"))
                .body("review.pending.level", equalTo(5))
                .body("review.round", equalTo(2));
    }

    @Test
    void returnFromLevel7GoesBackToLevel6AndThatLevelMayReturnFurtherDown() {
        UUID id = ReviewApi.atLevel7();
        ReviewApi.decide(id, Tokens.karo(), "RETURN", 1, "Target of IKU-1 is wrong").statusCode(201)
                .body("review.pending.level", equalTo(6));
        ReviewApi.decide(id, Tokens.kabag(), "RETURN", 1, "Please correct the target").statusCode(201)
                .body("review.pending.level", equalTo(5));
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "88").statusCode(201);
        ReviewApi.approve(id, Tokens.kasubbag(), 2);
        ReviewApi.approve(id, Tokens.kabag(), 2);
        ReviewApi.decide(id, Tokens.karo(), "APPROVE", 2, null).statusCode(201)
                .body("review.status", equalTo("SIGNED"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("acts.kind", equalTo(List.of("INITIALLED", "INITIALLED", "RETURNED", "RETURNED", "AMENDED",
                        "INITIALLED", "INITIALLED", "SIGNED")))
                .body("acts.round", equalTo(List.of(1, 1, 1, 2, 3, 3, 3, 3)))
                .body("acts[2].reason", equalTo("Target of IKU-1 is wrong"));
        // The archive receives the standing approvals: the latest paraf of each level.
        ReviewApi.awaitSignedDocument(id);
        List<Map<String, Object>> signed = Db.outbox(caseId, "CorrectionSigned");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seals = (List<Map<String, Object>>) signed.get(0).get("seals");
        assertEquals(List.of(2, 2, 2), seals.stream().map(s -> s.get("version")).toList());
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAndChangesNothing() {
        UUID id = ReviewApi.open();
        ReviewApi.decide(id, Tokens.kasubbag(), "RETURN", 1, null).statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem("reason"));
        ReviewApi.decide(id, Tokens.kasubbag(), "RETURN", 1, "   ").statusCode(400);
        assertEquals(0, acts(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kabag", "karo"})
    void aRoleOtherThanTheCurrentLevelsIsRefusedWith403(String role) {
        UUID id = ReviewApi.open();
        ReviewApi.decide(id, Tokens.role(role), "APPROVE", 1, null).statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_YOUR_LEVEL"))
                .body("currentLevel", equalTo(5));
        ReviewApi.decide(id, Tokens.role(role), "RETURN", 1, "no").statusCode(403);
        assertEquals(0, acts(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelaksana", "arsiparis", "unit", "auditor", "service"})
    void rolesOutsideTheChainMayNotDecide(String role) {
        UUID id = ReviewApi.open();
        ReviewApi.decide(id, Tokens.role(role), "APPROVE", 1, null).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        assertEquals(0, acts(id));
    }

    @Test
    void aLevelThatAlreadyApprovedIsTooLateWith409() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.decide(id, Tokens.kasubbag(), "APPROVE", 1, null).statusCode(409)
                .body("code", equalTo("ALREADY_DECIDED"))
                .body("currentLevel", equalTo(6));
        assertEquals(1, acts(id));
    }

    @Test
    void afterAReturnALevelMayNotApproveTheSameVersionAgain() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.returnDown(id, Tokens.kabag(), 1, "Check the data source");
        ReviewApi.decide(id, Tokens.kasubbag(), "APPROVE", 1, null).statusCode(409)
                .body("code", equalTo("ALREADY_DECIDED"));
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "84").statusCode(201);
        ReviewApi.approve(id, Tokens.kasubbag(), 2);
    }

    @Test
    void nothingMayBeDecidedOnASignedReview() {
        UUID id = ReviewApi.signed();
        ReviewApi.decide(id, Tokens.karo(), "APPROVE", 1, null).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("SIGNED"));
        ReviewApi.decide(id, Tokens.karo(), "RETURN", 1, "too late").statusCode(409);
        assertEquals(3, acts(id));
    }

    @Test
    void nothingMayBeDecidedWhileTheDraftIsWithThePelaksana() {
        UUID id = ReviewApi.open();
        ReviewApi.returnDown(id, Tokens.kasubbag(), 1, "redo");
        ReviewApi.decide(id, Tokens.kasubbag(), "APPROVE", 1, null).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("RETURNED_TO_PELAKSANA"));
    }

    @Test
    void aDecisionOnAStaleVersionIsA409() {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "81").statusCode(201);
        ReviewApi.decide(id, Tokens.kasubbag(), "APPROVE", 1, null).statusCode(409)
                .body("code", equalTo("STALE_VERSION"))
                .body("currentVersion", equalTo(2));
        assertEquals(1, acts(id));
    }

    @Test
    void theSamePersonActingForAnotherPostIsRefused() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        String kasubbagAsPlhKabag = Tokens.person("kabag", "kasubbag.one", "197502022000032002", true);
        ReviewApi.decide(id, kasubbagAsPlhKabag, "APPROVE", 1, null).statusCode(403)
                .body("code", equalTo("SAME_PERSON"));
        String sameNipOtherLogin = Tokens.person("kabag", "kasubbag.alias", "197502022000032002", false);
        ReviewApi.decide(id, sameNipOtherLogin, "APPROVE", 1, null).statusCode(403)
                .body("code", equalTo("SAME_PERSON"));
        assertEquals(1, acts(id));
    }

    @Test
    void anActingOfficialsActIsRecordedAsActing() {
        UUID id = ReviewApi.open();
        String plhKasubbag = Tokens.person("kasubbag", "plh.kasubbag", "198001012005011001", true);
        ReviewApi.decide(id, plhKasubbag, "APPROVE", 1, null).statusCode(201)
                .body("act.by.acting", equalTo(true))
                .body("seal.acting", equalTo(true));
    }

    @Test
    void everyActIsAppendOnlyInTheDatabase() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Db.update("UPDATE review_act SET reason = 'changed' WHERE review_id = ?", id));
        assertTrue(refused.getCause().getMessage().contains("append-only"));
    }

    @Test
    void badInputIsA400AndChangesNothing() {
        UUID id = ReviewApi.open();
        String path = "/api/v1/reviews/" + id + "/decisions";
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body("{\"decision\":")
                .post(path).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("decision", "MAYBE", "version", 1)).post(path).then().statusCode(400)
                .body("violations.field", hasItem("decision"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", "1")).post(path).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE")).post(path).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 1, "signature", "x")).post(path).then()
                .statusCode(400).body("violations.field", hasItem("signature"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("decision", "RETURN", "version", 1, "reason", "x".repeat(2001))).post(path).then()
                .statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 0)).post(path).then().statusCode(400);
        assertEquals(0, acts(id));
    }

    @Test
    void anUnknownReviewIsA404() {
        ReviewApi.decide(UUID.randomUUID(), Tokens.kasubbag(), "APPROVE", 1, null).statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 1))
                .post("/api/v1/reviews/not-a-uuid/decisions").then().statusCode(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswer() {
        UUID id = ReviewApi.open();
        String key = UUID.randomUUID().toString();
        long actId = ((Number) given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 1))
                .post("/api/v1/reviews/" + id + "/decisions").then().statusCode(201).extract().path("act.id"))
                .longValue();
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 1))
                .post("/api/v1/reviews/" + id + "/decisions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("act.id", equalTo((int) actId));
        assertEquals(1, acts(id));
    }

    @Test
    void refusalsAreExplainedInIndonesianOnRequest() {
        UUID id = ReviewApi.open();
        given().auth().oauth2(Tokens.karo()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 1))
                .post("/api/v1/reviews/" + id + "/decisions").then().statusCode(403)
                .body("title", equalTo("Bukan tingkat Anda"))
                .body("detail", equalTo("Reviu berada pada tingkat 5; hanya kasubbag yang dapat bertindak sekarang."));
    }

    @Test
    void theReviewShowsItsActsVersionsAndCurrentLevel() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("pending.level", equalTo(6))
                .body("pending.dueAt", notNullValue())
                .body("versions", hasSize(1))
                .body("acts", hasSize(1))
                .body("acts[0].by.name", equalTo("Test kasubbag.one"));
    }
}
