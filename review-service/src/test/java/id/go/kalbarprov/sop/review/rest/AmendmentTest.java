package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/v1/reviews/{id}/amendments: "reviews and corrects". */
@QuarkusTest
class AmendmentTest {

    private static String stored(UUID reviewId, int number) {
        return (String) Db.rows("SELECT content FROM review_version WHERE review_id = ? AND number = ?", reviewId,
                number).get(0).get("content");
    }

    private static long versions(UUID reviewId) {
        return Db.count("SELECT count(*) FROM review_version WHERE review_id = ?", reviewId);
    }

    @Test
    void anAmendmentIsANewVersionWithItsHashItsDiffAndItsAuthor() {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "83").statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/reviews/" + id + "/versions/2"))
                .body("number", equalTo(2))
                .body("origin", equalTo("AMENDED"))
                .body("level", equalTo(5))
                .body("author.upn", equalTo("kasubbag.one"))
                .body("authorPost", equalTo("Kasubbag TU"))
                .body("note", equalTo("Corrected the actual value"))
                .body("diff.path", equalTo(List.of("$.rows[0].achievementAfter", "$.rows[0].achievementAfterRating",
                        "$.rows[0].actualCorrected")))
                .body("diff.kind", everyItem(equalTo("CHANGED")))
                .body("diff[2].before", equalTo("80"))
                .body("diff[2].after", equalTo("83"));
        String stored = stored(id, 2);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("currentContentHash", equalTo(ContentHash.sha256(stored)))
                .body("pending.level", equalTo(5))
                .body("acts[0].kind", equalTo("AMENDED"))
                .body("acts[0].version", equalTo(2));
    }

    @Test
    void changingTheActualRecomputesTheAchievementAndItsRatingInTheStoredVersion() {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "83").statusCode(201)
                .body("content.rows[0].actualCorrected", equalTo("83"))
                .body("content.rows[0].achievementAfter", equalTo("92.22"))
                .body("content.rows[0].achievementAfterRating", equalTo("VERY_GOOD"))
                .body("content.rows[0].achievementBefore", equalTo("77.78"));
        String stored = stored(id, 2);
        assertTrue(stored.contains("\"achievementAfter\":\"92.22\""), stored);
        assertTrue(stored.contains("\"achievementAfterRating\":\"VERY_GOOD\""), stored);
    }

    @Test
    void theTargetTooIsCorrectedWithIndonesianTextAndTheAchievementFollows() {
        UUID id = ReviewApi.open();
        Map<String, Object> body = ReviewApi.correction(ReviewApi.caseOf(id), 1, 80);
        row(body).put("target", "1.000,5");
        row(body).put("reviewerNote", "Target per Renstra");
        ReviewApi.amend(id, Tokens.kasubbag(), body).statusCode(201)
                .body("content.rows[0].target", equalTo("1000.5"))
                .body("content.rows[0].actualCorrected", equalTo("80"))
                .body("content.rows[0].achievementAfter", equalTo("8"))
                .body("content.rows[0].achievementAfterRating", equalTo("VERY_POOR"))
                .body("content.rows[0].achievementBefore", equalTo("7"))
                .body("content.rows[0].reviewerNote", equalTo("Target per Renstra"));
    }

    @Test
    void aTargetOfZeroMakesTheAchievementNotComputableWithItsReason() {
        UUID id = ReviewApi.open();
        Map<String, Object> body = ReviewApi.correction(ReviewApi.caseOf(id), 1, 80);
        row(body).put("target", 0);
        ReviewApi.amend(id, Tokens.kasubbag(), body).statusCode(201)
                .body("content.rows[0].achievementAfter", nullValue())
                .body("content.rows[0].achievementAfterNotComputable", equalTo("TARGET_ZERO"))
                .body("content.rows[0].achievementAfterRating", nullValue())
                .body("content.rows[0].achievementBeforeNotComputable", equalTo("TARGET_ZERO"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"achievementAfter", "achievementAfterNotComputable", "indicatorCode", "actualReported",
        "direction", "evidenceRefs"})
    void computedAndIdentityFieldsOfARowCannotBeSent(String field) {
        UUID id = ReviewApi.open();
        Map<String, Object> body = ReviewApi.correction(ReviewApi.caseOf(id), 1, "83");
        row(body).put(field, "99");
        ReviewApi.amend(id, Tokens.kasubbag(), body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("rows[0]." + field));
        assertEquals(1, versions(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseId", "compiledBy", "lowerIsBetterConvention", "title", "content"})
    void identityAndComputedFieldsOfTheDraftCannotBeSent(String field) {
        UUID id = ReviewApi.open();
        Map<String, Object> body = ReviewApi.correction(ReviewApi.caseOf(id), 1, "83");
        body.put(field, field.equals("compiledBy") ? Map.of("upn", "someone.else") : UUID.randomUUID().toString());
        ReviewApi.amend(id, Tokens.kasubbag(), body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertEquals(1, versions(id));
    }

    @Test
    void theUnitOfARowCannotBeRewritten() {
        UUID id = ReviewApi.open();
        Map<String, Object> body = ReviewApi.correction(ReviewApi.caseOf(id), 1, "83");
        row(body).put("unitCode", "BAPPEDA");
        ReviewApi.amend(id, Tokens.kasubbag(), body).statusCode(400)
                .body("violations.field", hasItem("rows[0].unitCode"))
                .body("detail", containsString("unitCode"));
        assertEquals(1, versions(id));
    }

    @Test
    void anUnknownRowOrTheSameRowTwiceIsA400() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        Map<String, Object> body = ReviewApi.correction(caseId, 1, "83");
        row(body).put("rowId", UUID.randomUUID().toString());
        ReviewApi.amend(id, Tokens.kasubbag(), body).statusCode(400).body("violations.field", hasItem("rows[0].rowId"));
        Map<String, Object> twice = ReviewApi.correction(caseId, 1, "83");
        @SuppressWarnings("unchecked")
        List<Object> rows = (List<Object>) twice.get("rows");
        rows.add(rows.get(0));
        ReviewApi.amend(id, Tokens.kasubbag(), twice).statusCode(400).body("violations.field", hasItem("rows[1].rowId"));
        assertEquals(1, versions(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.500", "1.5", "12.50", "8O", "1,2,3"})
    void badDecimalTextIsA400NamingTheField(String text) {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, text).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("rows[0].actualCorrected"));
        assertEquals(1, versions(id));
    }

    @Test
    void notesAndConclusionAreCorrectedAndABlankNoteIsCleared() {
        UUID id = ReviewApi.open();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("baseVersion", 1);
        body.put("notes", " ");
        body.put("conclusion", "Data corrected as proposed");
        ReviewApi.amend(id, Tokens.kasubbag(), body).statusCode(201)
                .body("content.notes", nullValue())
                .body("content.conclusion", equalTo("Data corrected as proposed"))
                .body("diff.path", equalTo(List.of("$.conclusion", "$.notes")));
    }

    @Test
    void theAmendmentHistoryListsEachAmendmentWithItsAuthorPostAndChanges() {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "83").statusCode(201);
        ReviewApi.approve(id, Tokens.kasubbag(), 2);
        ReviewApi.amend(id, Tokens.kabag(), 2, "84").statusCode(201);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/amendments").then().statusCode(200)
                .body("number", equalTo(List.of(2, 3)))
                .body("baseVersion", equalTo(List.of(1, 2)))
                .body("level", equalTo(List.of(5, 6)))
                .body("authorPost", equalTo(List.of("Kasubbag TU", "Kabag Tatalaksana")))
                .body("author.upn", equalTo(List.of("kasubbag.one", "kabag.one")))
                .body("note", everyItem(equalTo("Corrected the actual value")))
                .body("changes[1].find { it.path == '$.rows[0].actualCorrected' }.before", equalTo("83"))
                .body("changes[1].find { it.path == '$.rows[0].actualCorrected' }.after", equalTo("84"));
    }

    @Test
    void eachLevelMayAmendOnlyAtItsTurn() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.amend(id, Tokens.kabag(), ReviewApi.correction(caseId, 1, "81")).statusCode(403)
                .body("code", equalTo("NOT_YOUR_LEVEL"));
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.amend(id, Tokens.kabag(), ReviewApi.correction(caseId, 1, "81")).statusCode(201)
                .body("level", equalTo(6));
        ReviewApi.amend(id, Tokens.kasubbag(), ReviewApi.correction(caseId, 2, "82")).statusCode(409)
                .body("code", equalTo("ALREADY_DECIDED"));
        assertEquals(2, versions(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelaksana", "arsiparis", "unit", "auditor", "service"})
    void rolesOutsideTheChainMayNotAmend(String role) {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.role(role), ReviewApi.correction(ReviewApi.caseOf(id), 1, "1")).statusCode(403);
        assertEquals(1, versions(id));
    }

    @Test
    void anAmendmentOnAStaleVersionIsA409() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.amend(id, Tokens.kasubbag(), ReviewApi.correction(caseId, 1, "81")).statusCode(201);
        ReviewApi.amend(id, Tokens.kasubbag(), ReviewApi.correction(caseId, 1, "82")).statusCode(409)
                .body("code", equalTo("STALE_VERSION")).body("currentVersion", equalTo(2));
        assertEquals(2, versions(id));
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        UUID id = ReviewApi.open();
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "80").statusCode(422)
                .body("code", equalTo("RULE_VIOLATED"));
        assertEquals(1, versions(id));
    }

    @Test
    void noAmendmentOnceSigned() {
        UUID id = ReviewApi.signed();
        ReviewApi.amend(id, Tokens.karo(), 1, "81").statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void badInputIsA400AndChangesNothing() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        String path = "/api/v1/reviews/" + id + "/amendments";
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body("{\"baseVersion\":1,\"rows\":[")
                .post(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", 1, "rows", "not a list")).post(path).then().statusCode(400)
                .body("violations.field", hasItem("rows"));
        Map<String, Object> noBase = ReviewApi.correction(caseId, 1, "81");
        noBase.remove("baseVersion");
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(noBase).post(path).then()
                .statusCode(400).body("violations.field", hasItem("baseVersion"));
        Map<String, Object> longNote = ReviewApi.correction(caseId, 1, "81");
        longNote.put("note", "x".repeat(2001));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(longNote).post(path).then()
                .statusCode(400).body("violations.field", hasItem("note"));
        Map<String, Object> noUnit = ReviewApi.correction(caseId, 1, "81");
        row(noUnit).remove("unitCode");
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(noUnit).post(path).then()
                .statusCode(400).body("violations.field", hasItem("rows[0].unitCode"));
        Map<String, Object> badRowId = ReviewApi.correction(caseId, 1, "81");
        row(badRowId).put("rowId", "row-1");
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(badRowId).post(path).then()
                .statusCode(400).body("violations.field", hasItem("rows[0].rowId"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("baseVersion", true)).post(path)
                .then().statusCode(400).body("violations.field", hasItem("baseVersion"));
        assertEquals(1, versions(id));
        assertEquals(0, Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id));
    }

    @Test
    void aNumberOutOfRangeIsRefusedNotA500() {
        UUID id = ReviewApi.open();
        for (Object bad : List.of(new java.math.BigDecimal("1e-999999999"), "1,23456", 12345678901234567L * 10)) {
            ReviewApi.amend(id, Tokens.kasubbag(), ReviewApi.correction(ReviewApi.caseOf(id), 1, bad)).statusCode(400)
                    .body("violations.field", hasItem("rows[0].actualCorrected"));
        }
        assertEquals(1, versions(id));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAmendmentAndRefusesAnotherBody() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = ReviewApi.correction(caseId, 1, "81");
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(first).post("/api/v1/reviews/" + id + "/amendments").then().statusCode(201)
                .body("number", equalTo(2));
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(first).post("/api/v1/reviews/" + id + "/amendments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("number", equalTo(2));
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(ReviewApi.correction(caseId, 2, "82"))
                .post("/api/v1/reviews/" + id + "/amendments").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(2, versions(id));
    }

    @Test
    void aContentThatIsNotADraftCannotBeAmendedFieldByField() {
        UUID caseId = UUID.randomUUID();
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 1, Map.of("x", 1))).post("/api/v1/reviews").then().statusCode(201);
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews?caseId=" + caseId)
                .then().statusCode(200).extract().path("items[0].id"));
        ReviewApi.amend(id, Tokens.kasubbag(), 1, "81").statusCode(422).body("code", equalTo("RULE_VIOLATED"));
        assertEquals(1, versions(id));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> body) {
        return (Map<String, Object>) ((List<Object>) body.get("rows")).get(0);
    }
}
