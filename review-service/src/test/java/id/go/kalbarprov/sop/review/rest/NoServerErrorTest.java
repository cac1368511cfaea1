package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.review.support.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whatever a caller sends, the answer is a 4xx problem, never a 500, and nothing changes. */
@QuarkusTest
class NoServerErrorTest {

    private static final List<String> BODIES = List.of("", "null", "[]", "{}", "\"text\"", "42", "true", "{\"a\":",
            "{\"version\":1e999999999}", "{\"version\":-1}", "{\"version\":2147483648}", "{\"decision\":null}",
            "{\"content\":{\"x\":\"\\u0000\"}}", "[".repeat(5000) + "]".repeat(5000),
            "{\"baseVersion\":1,\"content\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}",
            "{\"eventId\":\"" + UUID.randomUUID() + "\"}", "\u00ff\u00fe", "{\"decision\":\"APPROVE\",\"version\":1.5}");

    @Test
    void strangeBodiesGetA4xxProblemOnEveryPost() {
        UUID id = ReviewApi.open();
        long acts = Db.count("SELECT count(*) FROM review_act");
        long versions = Db.count("SELECT count(*) FROM review_version");
        List<Object[]> endpoints = List.of(
                new Object[] {"/api/v1/reviews", Tokens.service()},
                new Object[] {"/api/v1/reviews/" + id + "/amendments", Tokens.kasubbag()},
                new Object[] {"/api/v1/reviews/" + id + "/decisions", Tokens.kasubbag()});
        for (Object[] endpoint : endpoints) {
            for (String body : BODIES) {
                given().auth().oauth2((String) endpoint[1]).contentType(ContentType.JSON).body(body)
                        .post((String) endpoint[0]).then()
                        .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                        .contentType("application/problem+json");
            }
        }
        assertEquals(acts, Db.count("SELECT count(*) FROM review_act"));
        assertEquals(versions, Db.count("SELECT count(*) FROM review_version"));
    }

    @Test
    void strangeHeadersAndParametersGetA4xx() {
        UUID id = ReviewApi.open();
        given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", "has space")
                .contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\",\"version\":1}")
                .post("/api/v1/reviews/" + id + "/decisions").then().statusCode(400);
        given().auth().oauth2(Tokens.kasubbag()).header("Accept-Language", ";;;q=x")
                .get("/api/v1/reviews/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).accept(ContentType.XML).get("/api/v1/reviews/" + id).then()
                .statusCode(406);
        given().auth().oauth2(Tokens.auditor()).delete("/api/v1/reviews/" + id).then().statusCode(405);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/nothing-here").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
