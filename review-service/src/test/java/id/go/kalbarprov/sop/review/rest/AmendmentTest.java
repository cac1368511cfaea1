package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.review.support.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/v1/reviews/{id}/amendments: "reviews and corrects". */
@QuarkusTest
class AmendmentTest {

    private static long versions(UUID reviewId) {
        return Db.count("SELECT count(*) FROM review_version WHERE review_id = ?", reviewId);
    }

    @Test
    void anAmendmentIsANewVersionWithItsHashItsDiffAndItsAuthor() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        Map<String, Object> corrected = ReviewApi.content(caseId, 1, "83");
        String canonical = CanonicalJson.write(corrected);
        ReviewApi.amend(id, Tokens.kasubbag(), 1, corrected).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/reviews/" + id + "/versions/2"))
                .body("number", equalTo(2))
                .body("origin", equalTo("AMENDED"))
                .body("level", equalTo(5))
                .body("author.upn", equalTo("kasubbag.one"))
                .body("note", equalTo("Corrected the actual value"))
                .body("canonicalContent", equalTo(canonical))
                .body("contentHash", equalTo(ContentHash.sha256(canonical)))
                .body("diff", hasSize(1))
                .body("diff[0].path", equalTo("$.rows[0].actualCorrected"))
                .body("diff[0].kind", equalTo("CHANGED"))
                .body("diff[0].before", equalTo("80"))
                .body("diff[0].after", equalTo("83"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("currentContentHash", equalTo(ContentHash.sha256(canonical)))
                .body("pending.level", equalTo(5))
                .body("acts[0].kind", equalTo("AMENDED"))
                .body("acts[0].version", equalTo(2));
    }

    @Test
    void contentIsStoredCanonicallyWhateverTheKeyOrder() {
        UUID id = ReviewApi.open();
        String body = "{\"baseVersion\":1,\"content\":{\"z\":1,\"a\":{\"y\":2.50,\"b\":[true,null]}}}";
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews/" + id + "/amendments").then().log().ifValidationFails().statusCode(201)
                .body("canonicalContent", equalTo("{\"a\":{\"b\":[true,null],\"y\":2.50},\"z\":1}"));
    }

    @Test
    void eachLevelMayAmendOnlyAtItsTurn() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.amend(id, Tokens.kabag(), 1, ReviewApi.content(caseId, 1, "81")).statusCode(403)
                .body("code", equalTo("NOT_YOUR_LEVEL"));
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.amend(id, Tokens.kabag(), 1, ReviewApi.content(caseId, 1, "81")).statusCode(201)
                .body("level", equalTo(6));
        ReviewApi.amend(id, Tokens.kasubbag(), 2, ReviewApi.content(caseId, 1, "82")).statusCode(409)
                .body("code", equalTo("ALREADY_DECIDED"));
        assertEquals(2, versions(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelaksana", "arsiparis", "unit", "auditor", "service"})
    void rolesOutsideTheChainMayNotAmend(String role) {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.role(role), 1, ReviewApi.content(UUID.randomUUID(), 1, "1")).statusCode(403);
        assertEquals(1, versions(id));
    }

    @Test
    void anAmendmentOnAStaleVersionIsA409() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.amend(id, Tokens.kasubbag(), 1, ReviewApi.content(caseId, 1, "81")).statusCode(201);
        ReviewApi.amend(id, Tokens.kasubbag(), 1, ReviewApi.content(caseId, 1, "82")).statusCode(409)
                .body("code", equalTo("STALE_VERSION")).body("currentVersion", equalTo(2));
        assertEquals(2, versions(id));
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, ReviewApi.content(ReviewApi.caseOf(id), 1, "80")).statusCode(422)
                .body("code", equalTo("RULE_VIOLATED"));
        assertEquals(1, versions(id));
    }

    @Test
    void noAmendmentOnceSigned() {
        UUID id = ReviewApi.signed();
        ReviewApi.amend(id, Tokens.karo(), 1, Map.of("x", 1)).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void badInputIsA400AndChangesNothing() {
        UUID id = ReviewApi.open();
        String path = "/api/v1/reviews/" + id + "/amendments";
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body("{\"baseVersion\":1,\"content\":{")
                .post(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", 1, "content", "not an object")).post(path).then().statusCode(400)
                .body("violations.field", hasItem("content"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", 1, "content", Map.of())).post(path).then().statusCode(400)
                .body("violations.field", hasItem("content"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("content", Map.of("a", 1))).post(path).then().statusCode(400)
                .body("violations.field", hasItem("baseVersion"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", 1, "content", Map.of("a", 1), "note", "x".repeat(2001))).post(path)
                .then().statusCode(400).body("violations.field", hasItem("note"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", 1, "content", Map.of("a", 1), "extra", true)).post(path)
                .then().statusCode(400).body("violations.field", hasItem("extra"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", true, "content", Map.of("a", 1))).post(path)
                .then().statusCode(400).body("violations.field", hasItem("baseVersion"));
        assertEquals(1, versions(id));
        assertEquals(0, Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id));
    }

    @Test
    void aNumberWithoutAPlainFormIsRefusedNotA500() {
        UUID id = ReviewApi.open();
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body("{\"baseVersion\":1,\"content\":{\"x\":1e-999999999}}")
                .post("/api/v1/reviews/" + id + "/amendments").then().statusCode(400)
                .body("violations.field", hasItem("content"));
        assertEquals(1, versions(id));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAmendmentAndRefusesAnotherBody() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = Map.of("baseVersion", 1, "content", ReviewApi.content(caseId, 1, "81"));
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(first).post("/api/v1/reviews/" + id + "/amendments").then().statusCode(201)
                .body("number", equalTo(2));
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(first).post("/api/v1/reviews/" + id + "/amendments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("number", equalTo(2));
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", 2, "content", ReviewApi.content(caseId, 1, "82")))
                .post("/api/v1/reviews/" + id + "/amendments").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(2, versions(id));
    }

    @Test
    void contentOverTheLimitIsRefused() {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, Map.of("big", "x".repeat(1_000_001))).statusCode(400)
                .body("violations.field", hasItem("content"));
        assertEquals(1, versions(id));
    }
}
