package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.kalbarprov.sop.review.support.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/reports/service-level: steps 5–7 against their standard time. */
@QuarkusTest
class ReportTest {

    @Test
    void eachLevelIsMeasuredAgainstItsStandardWithBreachesAndReturns() {
        UUID late = ReviewApi.open();
        // The kasubbag's turn became actionable an hour ago: a breach of the 20-minute standard.
        Db.update("UPDATE review_task SET actionable_at = now() - interval '60 minutes' WHERE review_id = ?", late);
        ReviewApi.approve(late, Tokens.kasubbag(), 1);
        ReviewApi.returnDown(late, Tokens.kabag(), 1, "redo");
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/reports/service-level").then().statusCode(200)
                .body("steps.step", hasItem(5))
                .body("steps.find { it.step == 5 }.standardMinutes", equalTo(20))
                .body("steps.find { it.step == 5 }.actorRole", equalTo("kasubbag"))
                .body("steps.find { it.step == 5 }.breaches", greaterThanOrEqualTo(1))
                .body("steps.find { it.step == 6 }.returns", greaterThanOrEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "auditor"})
    void officersAndAuditorsReadTheReport(String role) {
        given().auth().oauth2(Tokens.role(role)).queryParam("from", "2026-01-01").get("/api/v1/reports/service-level")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelaksana", "arsiparis", "unit", "service"})
    void othersMayNotReadTheReport(String role) {
        given().auth().oauth2(Tokens.role(role)).get("/api/v1/reports/service-level").then().statusCode(403);
    }

    @Test
    void aBadPeriodIsA400() {
        given().auth().oauth2(Tokens.karo()).queryParam("from", "yesterday").get("/api/v1/reports/service-level")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().auth().oauth2(Tokens.karo()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .get("/api/v1/reports/service-level").then().statusCode(400);
    }
}
