package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * From the attacker's side: a submitted draft is taken from request-service only, so nobody else opens a review with
 * a {@code submittedBy} of their choosing. Anyone else gets 403 and no review is opened.
 */
@QuarkusTest
class HandoffSenderTest {

    private static void reviewsOfCase(UUID caseId, int expected) {
        given().auth().oauth2(Tokens.auditor()).queryParam("scope", "ALL").queryParam("caseId", caseId)
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(expected));
    }

    @Test
    void aDraftIsTakenFromRequestServiceOnly() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> draft = ReviewApi.arrival(caseId, 1);
        Tokens.intruders("request-service").forEach((who, token) -> {
            try {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(draft).post("/api/v1/reviews")
                        .then().statusCode(403).contentType("application/problem+json")
                        .body("code", equalTo("FORBIDDEN"));
            } catch (AssertionError e) {
                throw new AssertionError(who + ": " + e.getMessage(), e);
            }
        });
        reviewsOfCase(caseId, 0);

        given().auth().oauth2(Tokens.requestService()).contentType(ContentType.JSON).body(draft)
                .post("/api/v1/reviews").then().statusCode(201);
        given().auth().oauth2(Tokens.fromProvider("request-service")).contentType(ContentType.JSON).body(draft)
                .post("/api/v1/reviews").then().statusCode(200);
        reviewsOfCase(caseId, 1);
    }
}
