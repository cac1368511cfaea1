package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A return carries the version as reviewed; the pelaksana sees what changed and the next version keeps it. */
@QuarkusTest
class ReturnedAmendmentsTest {

    private static final String IKU_1 = "rows.find { it.indicatorCode == 'IKU-1' }.";

    /** Draft version 1 as levels 5 and 6 amended it: IKU-1's actual 90 → 95 with a note, and new notes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> amended(String caseId) {
        Map<String, Object> content = Cases.draftContent(caseId, 1);
        for (Object r : (List<Object>) content.get("rows")) {
            Map<String, Object> row = (Map<String, Object>) r;
            if ("IKU-1".equals(row.get("indicatorCode"))) {
                row.put("actualCorrected", "95");
                row.put("reviewerNote", "Per BPS release");
                DraftFigures.recompute(row, LowerIsBetterConvention.valueOf((String) content.get(
                        "lowerIsBetterConvention")));
            }
        }
        content.put("notes", "Catatan Kasubbag");
        return content;
    }

    private static void returned(String caseId, Map<String, Object> body) {
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/returns").then().statusCode(200).body("applied", equalTo(true));
    }

    private static int draftVersion(String caseId) {
        return given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + caseId + "/draft").then()
                .statusCode(200).extract().path("version");
    }

    @Test
    void theNextVersionKeepsTheReviewersCorrectionsWithTheAchievementRecomputed() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.allRows(), null);
        Cases.submitDraft(c.id());
        returned(c.id(), Cases.returned(c.id(), 1, "Lihat koreksi", amended(c.id()), 3));

        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/draft").then()
                .body("notes", equalTo("Catatan Kasubbag"));
        assertEquals(2, Cases.submitDraft(c.id()));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + c.id() + "/drafts/2").then().statusCode(200)
                .body("content." + IKU_1 + "actualCorrected", equalTo("95"))
                .body("content." + IKU_1 + "achievementAfter", equalTo("95"))
                .body("content." + IKU_1 + "achievementAfterRating", equalTo("VERY_GOOD"))
                .body("content." + IKU_1 + "reviewerNote", equalTo("Per BPS release"))
                .body("content.rows.find { it.indicatorCode == 'IKU-2' }.actualCorrected", equalTo("40"))
                .body("content.notes", equalTo("Catatan Kasubbag"));
    }

    @Test
    void thePelaksanaSeesWhatTheReviewersChanged() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.allRows(), null);
        Cases.submitDraft(c.id());
        Map<String, Object> reviewed = amended(c.id());
        Map<String, Object> body = Cases.returned(c.id(), 1, "Lihat koreksi", reviewed, 3);
        returned(c.id(), body);
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/drafts/1/reviewed").then()
                .statusCode(200)
                .body("draftVersion", equalTo(1))
                .body("reviewVersion", equalTo(3))
                .body("contentHash", equalTo(body.get("contentHash")))
                .body("returnReason", equalTo("Lihat koreksi"))
                .body("content.notes", equalTo("Catatan Kasubbag"))
                .body("changes.path", hasItems("$.notes", "$.rows[0].actualCorrected", "$.rows[0].achievementAfter",
                        "$.rows[0].reviewerNote"))
                .body("changes.find { it.path == '$.rows[0].actualCorrected' }.before", equalTo("90"))
                .body("changes.find { it.path == '$.rows[0].actualCorrected' }.after", equalTo("95"))
                .body("changes.find { it.path == '$.rows[0].reviewerNote' }.kind", equalTo("ADDED"));
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/drafts/2/reviewed").then()
                .statusCode(404);
    }

    @Test
    void correctionsOfEarlierRoundsStayAndThePelaksanasOwnNotesWin() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.allRows(), null);
        Cases.submitDraft(c.id());
        returned(c.id(), Cases.returned(c.id(), 1, "Lihat koreksi", amended(c.id()), 3));
        Cases.submitDraft(c.id());
        returned(c.id(), Cases.returned(c.id(), 2, "Sekali lagi"));
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + draftVersion(c.id()) + "\"")
                .body(Map.of("rowIds", c.rowsA(), "notes", "Catatan pelaksana"))
                .put("/api/v1/cases/" + c.id() + "/draft").then().statusCode(200);
        assertEquals(3, Cases.submitDraft(c.id()));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + c.id() + "/drafts/3").then().statusCode(200)
                .body("content.rows.size()", equalTo(2))
                .body("content." + IKU_1 + "actualCorrected", equalTo("95"))
                .body("content." + IKU_1 + "reviewerNote", equalTo("Per BPS release"))
                .body("content.notes", equalTo("Catatan pelaksana"));
    }

    @Test
    void aReturnIsAppliedOnceAndABadHashChangesNothing() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.allRows(), null);
        Cases.submitDraft(c.id());
        Map<String, Object> bad = new java.util.LinkedHashMap<>(Cases.returned(c.id(), 1, "x", amended(c.id()), 2));
        bad.put("contentHash", "0".repeat(64));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(400)
                .body("violations.field", hasItems("contentHash"));
        Map<String, Object> notJson = new java.util.LinkedHashMap<>(Cases.returned(c.id(), 1, "x", amended(c.id()), 2));
        notJson.put("content", "[1]");
        notJson.put("contentHash", id.go.kalbarprov.sop.platform.domain.ContentHash.sha256("[1]"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(notJson)
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(400)
                .body("violations.field", hasItems("content"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + c.id()).then()
                .body("state", equalTo("IN_REVIEW"));

        Map<String, Object> good = Cases.returned(c.id(), 1, "x", amended(c.id()), 2);
        returned(c.id(), good);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(good)
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(200).body("applied", equalTo(false));
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/drafts/1/reviewed").then()
                .statusCode(200).body("reviewVersion", equalTo(2));
    }

    @Test
    void aReturnWithoutTheReviewedVersionIsRefused() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.allRows(), null);
        Cases.submitDraft(c.id());
        Map<String, Object> body = new java.util.LinkedHashMap<>(Cases.returned(c.id(), 1, "x"));
        body.remove("content");
        body.remove("contentHash");
        body.remove("reviewedVersion");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(400)
                .body("violations.field", hasItems("content", "contentHash", "reviewedVersion"));
    }
}
