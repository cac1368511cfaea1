package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {

    @Test
    void listsCasesWithAToken() {
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void refusesWithoutToken() {
        given().get("/api/v1/cases").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }
}
