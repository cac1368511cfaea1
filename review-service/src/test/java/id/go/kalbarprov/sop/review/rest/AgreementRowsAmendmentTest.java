package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Draft rows as request-service composes them from the performance agreement: the agreement's target beside the
 * unit's corrected one (with its reason), and a lower-is-better row naming its indicator's own convention. The typed
 * amendment still parses them and recomputes each row under its own convention.
 */
@QuarkusTest
class AgreementRowsAmendmentTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> agreedContent(UUID caseId) {
        Map<String, Object> content = ReviewApi.content(caseId, 1, "8");
        Map<String, Object> row = ((List<Map<String, Object>>) content.get("rows")).get(0);
        row.put("direction", "LOWER_IS_BETTER");
        row.put(DraftFigures.CONVENTION, "TWICE_TARGET_MINUS_ACTUAL");
        row.put("target", "10");
        row.put("agreementTarget", "12");
        row.put("targetCorrected", "10");
        row.put("targetCorrectionReason", "Target PK salah ketik");
        row.put("actualReported", "20");
        DraftFigures.recompute(row, LowerIsBetterConvention.INVERSE_RATIO);
        return content;
    }

    @Test
    void aReviewerAmendsARowComposedFromTheAgreementUnderItsIndicatorsConvention() {
        UUID caseId = UUID.randomUUID();
        String reviewId = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 1, agreedContent(caseId))).post("/api/v1/reviews").then()
                .statusCode(201).extract().path("id");
        // as it arrived: (2 × 10 − 8) / 10 under the row's own convention, not the draft's INVERSE_RATIO (125)
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + reviewId + "/versions/1").then()
                .statusCode(200).body("content.rows[0].achievementAfter", equalTo("120"));

        Map<String, Object> body = ReviewApi.correction(caseId, 1, "9");
        ReviewApi.amend(UUID.fromString(reviewId), Tokens.kasubbag(), body).statusCode(201)
                .body("content.rows[0].actualCorrected", equalTo("9"))
                .body("content.rows[0].achievementAfter", equalTo("110"))
                .body("content.rows[0].achievementBefore", equalTo("0"))
                .body("content.rows[0].lowerIsBetterConvention", equalTo("TWICE_TARGET_MINUS_ACTUAL"))
                .body("content.rows[0].agreementTarget", equalTo("12"))
                .body("content.rows[0].targetCorrected", equalTo("10"))
                .body("content.rows[0].targetCorrectionReason", equalTo("Target PK salah ketik"));

        // the reviewer corrects the target the achievements use; the agreement's and the unit's stay beside it
        Map<String, Object> target = ReviewApi.correction(caseId, 2, "9");
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) target.get("rows")).get(0);
        row.put("target", "12");
        ReviewApi.amend(UUID.fromString(reviewId), Tokens.kasubbag(), target).statusCode(201)
                .body("content.rows[0].target", equalTo("12"))
                .body("content.rows[0].achievementAfter", equalTo("125"))
                .body("content.rows[0].agreementTarget", equalTo("12"))
                .body("content.rows[0].targetCorrected", equalTo("10"));
    }

    @Test
    void theAgreementFieldsOfARowCannotBeAmended() {
        UUID caseId = UUID.randomUUID();
        String reviewId = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(caseId, 1, agreedContent(caseId))).post("/api/v1/reviews").then()
                .statusCode(201).extract().path("id");
        for (String field : List.of("agreementTarget", "targetCorrected", "lowerIsBetterConvention")) {
            Map<String, Object> body = ReviewApi.correction(caseId, 1, "9");
            @SuppressWarnings("unchecked")
            Map<String, Object> row = ((List<Map<String, Object>>) body.get("rows")).get(0);
            row.put(field, field.startsWith("lower") ? "INVERSE_RATIO" : "11");
            ReviewApi.amend(UUID.fromString(reviewId), Tokens.kasubbag(), body).statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }
}
