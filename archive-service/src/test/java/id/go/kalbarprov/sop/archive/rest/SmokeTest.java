package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {

    @Test
    void filesASignedCorrection() {
        String recordId = Archive.filed("PUBLIC");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/records/" + recordId).then().log().ifValidationFails()
                .statusCode(200);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/records/verification").then().log().all()
                .statusCode(200);
    }
}
