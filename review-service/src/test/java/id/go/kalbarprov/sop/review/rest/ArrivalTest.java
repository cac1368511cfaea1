package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** POST /api/v1/reviews: a draft version arriving from request-service. */
@QuarkusTest
class ArrivalTest {

    private static long reviewsOf(UUID caseId) {
        return Db.count("SELECT count(*) FROM review WHERE case_id = ?", caseId);
    }

    private static long versionsOf(UUID caseId) {
        return Db.count("SELECT count(*) FROM review_version v JOIN review r ON r.id = v.review_id WHERE r.case_id = ?",
                caseId);
    }

    @Test
    void aFirstDraftOpensAReviewAtLevel5WithVersion1() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        String id = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews")
                .then().statusCode(201).header("Location", notNullValue())
                .body("caseId", equalTo(caseId.toString()))
                .body("status", equalTo("IN_REVIEW"))
                .body("currentVersion", equalTo(1))
                .body("round", equalTo(1))
                .body("pending.level", equalTo(5))
                .body("pending.role", equalTo("kasubbag"))
                .body("pending.standardMinutes", equalTo(20))
                .extract().path("id");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/versions/1")
                .then().statusCode(200)
                .body("origin", equalTo("SUBMITTED"))
                .body("draftVersion", equalTo(1))
                .body("author.upn", equalTo(ReviewApi.PELAKSANA_UPN))
                .body("contentHash", equalTo(body.get("contentHash")))
                .body("canonicalContent", equalTo(body.get("content")))
                .body("content.rows[0].actualCorrected", equalTo("80"));
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        String first = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(200).body("id", equalTo(first));
        assertEquals(1, reviewsOf(caseId));
        assertEquals(1, versionsOf(caseId));
        assertEquals(1, Db.count("SELECT count(*) FROM review_task WHERE review_id = ?", UUID.fromString(first)));
    }

    @Test
    void theSameCaseAndVersionUnderAnotherEventIdChangesNothing() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        String first = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(201).extract().path("id");
        body.put("eventId", UUID.randomUUID().toString());
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(200).body("id", equalTo(first));
        assertEquals(1, versionsOf(caseId));
    }

    @Test
    void theSameVersionWithOtherContentIsAConflict() {
        UUID caseId = UUID.randomUUID();
        ReviewApi.open(caseId);
        Map<String, Object> other = ReviewApi.arrival(caseId, 1, ReviewApi.content(caseId, 1, "99"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(other)
                .post("/api/v1/reviews").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"));
        assertEquals(1, versionsOf(caseId));
    }

    @Test
    void aHashThatDoesNotMatchTheContentIsRefusedAndNothingIsStored() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        body.put("contentHash", "0".repeat(64));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("CONTENT_HASH_MISMATCH"));
        assertEquals(0, reviewsOf(caseId));
        assertEquals(0, Db.count("SELECT count(*) FROM applied_event WHERE event_id = ?",
                UUID.fromString((String) body.get("eventId"))));
    }

    @Test
    void aHashMismatchIsExplainedInIndonesianOnRequest() {
        Map<String, Object> body = ReviewApi.arrival(UUID.randomUUID(), 1);
        body.put("contentHash", "0".repeat(64));
        given().auth().oauth2(Tokens.service()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(body).post("/api/v1/reviews").then().statusCode(422).header("Content-Language", "id")
                .body("title", equalTo("Hash isi tidak cocok"));
    }

    @Test
    void contentThatIsNotAJsonObjectIsRefused() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        body.put("content", "[1,2]");
        body.put("contentHash", ContentHash.sha256("[1,2]"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(400).body("violations.field", hasItem("content"));
        assertEquals(0, reviewsOf(caseId));
    }

    @Test
    void aNewDraftWhileTheReviewIsInProgressIsRefused() {
        UUID caseId = UUID.randomUUID();
        ReviewApi.open(caseId);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(ReviewApi.arrival(caseId, 2))
                .post("/api/v1/reviews").then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("IN_REVIEW"));
        assertEquals(1, versionsOf(caseId));
    }

    @Test
    void aResubmissionAfterAReturnToThePelaksanaStartsANewRoundAtLevel5InTheSameReview() {
        UUID caseId = UUID.randomUUID();
        UUID id = ReviewApi.open(caseId);
        ReviewApi.returnDown(id, Tokens.kasubbag(), 1, "Rows from Dinas Kesehatan are missing");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 2, ReviewApi.content(caseId, 2, "85")))
                .post("/api/v1/reviews").then().statusCode(201)
                .body("id", equalTo(id.toString()))
                .body("status", equalTo("IN_REVIEW"))
                .body("round", equalTo(2))
                .body("currentVersion", equalTo(2))
                .body("pending.level", equalTo(5));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/versions/2").then().statusCode(200)
                .body("draftVersion", equalTo(2))
                .body("diff.path", hasItem("$.rows[0].actualCorrected"));
        // The first draft version delivered again (a late retry) changes nothing.
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 1, ReviewApi.content(caseId, 1, "80")))
                .post("/api/v1/reviews").then().statusCode(200);
        assertEquals(1, reviewsOf(caseId));
        assertEquals(2, versionsOf(caseId));
    }

    @Test
    void anEventIdAlreadyUsedForAnotherCaseIsAConflict() {
        Map<String, Object> first = ReviewApi.arrival(UUID.randomUUID(), 1);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(first)
                .post("/api/v1/reviews").then().statusCode(201);
        UUID otherCase = UUID.randomUUID();
        Map<String, Object> reused = ReviewApi.arrival(otherCase, 1);
        reused.put("eventId", first.get("eventId"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(reused)
                .post("/api/v1/reviews").then().statusCode(409).body("code", equalTo("CONFLICT"));
        assertEquals(0, reviewsOf(otherCase));
    }

    @Test
    void anOlderDraftVersionThanTheLastIsAConflict() {
        UUID caseId = UUID.randomUUID();
        UUID id = ReviewApi.open(caseId);
        ReviewApi.returnDown(id, Tokens.kasubbag(), 1, "redo");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 3, ReviewApi.content(caseId, 3, "85")))
                .post("/api/v1/reviews").then().statusCode(201);
        ReviewApi.returnDown(id, Tokens.kasubbag(), 2, "again");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 2, ReviewApi.content(caseId, 2, "86")))
                .post("/api/v1/reviews").then().statusCode(409).body("code", equalTo("CONFLICT"));
        assertEquals(2, versionsOf(caseId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "unit", "auditor"})
    void onlyAServiceCallerMayDeliverADraft(String role) {
        UUID caseId = UUID.randomUUID();
        given().auth().oauth2(Tokens.role(role)).contentType(ContentType.JSON).body(ReviewApi.arrival(caseId, 1))
                .post("/api/v1/reviews").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        assertEquals(0, reviewsOf(caseId));
    }

    @Test
    void malformedJsonIsA400() {
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body("{\"eventId\": ")
                .post("/api/v1/reviews").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void anUnknownFieldIsA400() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        body.put("priority", "high");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("priority"));
        assertEquals(0, reviewsOf(caseId));
    }

    @Test
    void wrongTypesAreA400() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        body.put("version", "one");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().log().ifValidationFails().statusCode(400).body("violations.field", hasItem("version"));
        body.put("version", 1);
        body.put("period", "Q5");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(400).body("violations.field", hasItem("period"));
        body.put("period", "Q1");
        body.put("caseId", "not-a-uuid");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(400).body("violations.field", hasItem("caseId"));
        assertEquals(0, reviewsOf(caseId));
    }

    @Test
    void missingAndOversizedFieldsAreA400WithEachFieldNamed() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = ReviewApi.arrival(caseId, 1);
        body.remove("eventId");
        body.put("title", "x".repeat(201));
        body.put("type", "DraftReturned");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("eventId"))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("type"));
        assertEquals(0, reviewsOf(caseId));
    }

    @Test
    void anEmptyBodyIsA400() {
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .post("/api/v1/reviews").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        Map<String, Object> body = ReviewApi.arrival(UUID.randomUUID(), 1);
        body.put("content", "x".repeat(3_300_000));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(413).contentType("application/problem+json");
    }

    /** Regression (attack suite): without Content-Length (chunked) the cap was not applied at all. */
    @Test
    void aChunkedBodyOverTheLimitIsA413Too() throws Exception {
        Map<String, Object> body = ReviewApi.arrival(UUID.randomUUID(), 1);
        body.put("content", "x".repeat(3_300_000));
        byte[] bytes = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        var response = postChunked("/api/v1/reviews", Tokens.service(), bytes);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"PAYLOAD_TOO_LARGE\""), response.body());
    }

    /** Sends without Content-Length (chunked), which REST Assured does not do reliably. */
    private static java.net.http.HttpResponse<String> postChunked(String path, String token, byte[] body)
            throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** Regression (attack suite): an unpaired surrogate was stored as '?', a number was read as a date. */
    @Test
    void brokenUnicodeAndNumericInstantsAreA400() {
        Map<String, Object> body = ReviewApi.arrival(UUID.randomUUID(), 1);
        body.put("submittedAt", 1_700_000_000);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(400).contentType("application/problem+json");
        body = ReviewApi.arrival(UUID.randomUUID(), 1);
        body.put("title", "a\uD800b");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNonJsonBodyIsA415() {
        given().auth().oauth2(Tokens.service()).contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/reviews").then().statusCode(415).contentType("application/problem+json");
    }
}
