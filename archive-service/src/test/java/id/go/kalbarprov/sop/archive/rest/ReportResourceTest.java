package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ReportResourceTest {

    private static final String REPORT = "/api/v1/reports/service-level";

    @Test
    void stepsEightToTenAreMeasuredAgainstTheirStandardTime() {
        Archive.filed("PUBLIC");
        given().auth().oauth2(Tokens.karo()).get(REPORT).then().statusCode(200)
                .body("steps.step", hasItems(8, 9, 10))
                .body("steps.find { it.step == 8 }.task", equalTo("ORDER"))
                .body("steps.find { it.step == 10 }.standardMinutes", equalTo(5))
                .body("steps.find { it.step == 10 }.count", greaterThanOrEqualTo(1))
                .body("steps.find { it.step == 9 }.breaches", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kabag", "kasubbag", "auditor"})
    void officersAndTheAuditorReadIt(String role) {
        given().auth().oauth2(Tokens.role(role)).get(REPORT + "?from=2026-01-01").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelaksana", "arsiparis", "service", "unit"})
    void othersDoNot(String role) {
        given().auth().oauth2(Tokens.role(role)).get(REPORT).then().statusCode(403);
    }

    @Test
    void aBadPeriodIsRefused() {
        given().auth().oauth2(Tokens.karo()).get(REPORT + "?from=yesterday").then().statusCode(400)
                .body("violations.field", hasItems("from"));
        given().auth().oauth2(Tokens.karo()).get(REPORT + "?from=2026-02-01&to=2026-01-01").then().statusCode(400);
    }
}
