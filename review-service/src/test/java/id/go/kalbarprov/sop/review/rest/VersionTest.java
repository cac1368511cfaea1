package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET versions of a review and the diff between two of them. */
@QuarkusTest
class VersionTest {

    private static UUID review;

    /** Once per class, but after Quarkus has started (a static @BeforeAll runs before). */
    @BeforeEach
    void threeVersions() {
        if (review != null) {
            return;
        }
        review = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(review);
        ReviewApi.amend(review, Tokens.kasubbag(), ReviewApi.correction(caseId, 1, "81")).statusCode(201);
        Map<String, Object> third = ReviewApi.correction(caseId, 2, "82");
        third.put("conclusion", "Agreed");
        third.put("notes", "");
        ReviewApi.approve(review, Tokens.kasubbag(), 2);
        ReviewApi.amend(review, Tokens.kabag(), third).statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "pelaksana", "auditor"})
    void officersAndAuditorsReadVersions(String role) {
        // the pelaksana who compiled the draft; any other pelaksana is refused (ReadAccessTest)
        String reader = "pelaksana".equals(role) ? Tokens.pelaksana() : Tokens.role(role);
        given().auth().oauth2(reader).get("/api/v1/reviews/" + review + "/versions").then()
                .statusCode(200).body("number", equalTo(List.of(1, 2, 3)))
                .body("origin", equalTo(List.of("SUBMITTED", "AMENDED", "AMENDED")))
                .body("level", equalTo(java.util.Arrays.asList(null, 5, 6)));
        given().auth().oauth2(reader).get("/api/v1/reviews/" + review + "/versions/3").then()
                .statusCode(200).body("number", equalTo(3)).body("content.conclusion", equalTo("Agreed"));
        given().auth().oauth2(reader).get("/api/v1/reviews/" + review).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arsiparis", "unit", "service"})
    void othersMayNotReadVersions(String role) {
        given().auth().oauth2(Tokens.role(role)).get("/api/v1/reviews/" + review + "/versions/1").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.role(role)).get("/api/v1/reviews/" + review + "/diff?from=1&to=3").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.role(role)).get("/api/v1/reviews/" + review).then().statusCode(403);
    }

    @Test
    void theDiffBetweenTwoVersionsListsEveryChangedPath() {
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/diff?from=1&to=3").then()
                .statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(3))
                .body("changes.path", equalTo(List.of("$.conclusion", "$.notes", "$.rows[0].achievementAfter",
                        "$.rows[0].achievementAfterRating", "$.rows[0].actualCorrected")))
                .body("changes.kind", equalTo(List.of("ADDED", "CHANGED", "CHANGED", "CHANGED", "CHANGED")))
                .body("changes[1].after", nullValue())
                .body("changes[2].before", equalTo("88.89"))
                .body("changes[2].after", equalTo("91.11"))
                .body("changes[4].before", equalTo("80"))
                .body("changes[4].after", equalTo("82"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/diff?from=2&to=2").then()
                .statusCode(200).body("changes", hasSize(0));
    }

    @Test
    void anUnknownVersionIsA404AndBadParametersA400() {
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/versions/9").then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + UUID.randomUUID() + "/versions/1").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/versions/0").then().log().ifValidationFails()
                .statusCode(400);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/versions/abc").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/diff?from=1").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/diff?from=x&to=2").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + review + "/diff?from=1&to=7").then()
                .statusCode(404);
    }
}
