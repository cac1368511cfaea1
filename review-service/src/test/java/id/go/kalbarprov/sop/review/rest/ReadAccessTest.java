package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The access policy from the attacker's side: a pelaksana reads only the reviews of drafts they compiled, and a unit
 * never reads the officials' seals (names, NIPs, posts).
 */
@QuarkusTest
class ReadAccessTest {

    /** Every read of one review: its detail, versions, a diff, seals and their verification. */
    static List<String> partsOf(UUID review) {
        String base = "/api/v1/reviews/" + review;
        return List.of(base, base + "/versions", base + "/versions/1", base + "/diff?from=1&to=1", base + "/seals",
                base + "/seals/verification");
    }

    @Test
    void aPelaksanaWhoDidNotCompileTheDraftReadsNoPartOfItsReview() {
        UUID review = ReviewApi.signed();
        String other = Tokens.of("pelaksana", "pelaksana.two", "199101012016011001", null);
        for (String part : partsOf(review)) {
            given().auth().oauth2(other).get(part).then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("NOT_ASSIGNED"));
        }
        given().auth().oauth2(other).get("/api/v1/reviews?scope=ALL&size=100").then().statusCode(200)
                .body("items.findAll { it.id == '" + review + "' }", hasSize(0));
    }

    @Test
    void theCompilerReadsEveryPartByUpnOrByNipAndFindsItInTheList() {
        UUID review = ReviewApi.signed();
        for (String compiler : List.of(Tokens.pelaksana(),
                Tokens.of("pelaksana", "renamed.login", "199003032015031003", null))) {
            for (String part : partsOf(review)) {
                given().auth().oauth2(compiler).get(part).then().statusCode(200);
            }
            given().auth().oauth2(compiler).get("/api/v1/reviews?scope=ALL&size=100").then().statusCode(200)
                    .body("items.findAll { it.id == '" + review + "' }", hasSize(1));
        }
    }

    @Test
    void theReviewersAndTheAuditorReadEveryReviewWithoutHavingActedOnIt() {
        UUID review = ReviewApi.open();
        for (String role : List.of("karo", "kabag", "kasubbag", "auditor")) {
            for (String part : partsOf(review)) {
                given().auth().oauth2(Tokens.role(role)).get(part).then().statusCode(200);
            }
        }
    }

    @Test
    void aUnitReadsNoSealsNorTheirVerification() {
        UUID review = ReviewApi.signed();
        for (String unit : List.of(Tokens.unit("DINKES"), Tokens.unit("BAPPEDA"))) {
            given().auth().oauth2(unit).get("/api/v1/reviews/" + review + "/seals").then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(unit).get("/api/v1/reviews/" + review + "/seals/verification").then()
                    .statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void theRefusalIsInIndonesianWhenAsked() {
        UUID review = ReviewApi.open();
        given().auth().oauth2(Tokens.pelaksana("pelaksana.two")).header("Accept-Language", "id")
                .get("/api/v1/reviews/" + review + "/versions").then().statusCode(403)
                .body("title", equalTo("Tidak ditugaskan kepada Anda"))
                .body("detail", equalTo("Pelaksana hanya dapat membaca reviu atas konsep yang disusunnya sendiri."));
    }
}
