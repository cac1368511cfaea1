package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.testing.Db;
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
    void aNulCharacterThatTheDatabaseCannotHoldIsA400() {
        UUID id = ReviewApi.open();
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body("{\"decision\":\"RETURN\",\"version\":1,\"reason\":\"bad\\u0000reason\"}")
                .post("/api/v1/reviews/" + id + "/decisions").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body("{\"baseVersion\":1,\"content\":{\"notes\":\"a\\u0000b\"}}")
                .post("/api/v1/reviews/" + id + "/amendments").then().statusCode(400)
                .contentType("application/problem+json");
        java.util.Map<String, Object> arrival = ReviewApi.arrival(UUID.randomUUID(), 1);
        arrival.put("title", "nul\u0000title");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(arrival)
                .post("/api/v1/reviews").then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id));
        assertEquals(1, Db.count("SELECT count(*) FROM review_version WHERE review_id = ?", id));
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
