package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.Spreadsheet;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/reports/service-level: steps 5–7 against their standard time. */
@QuarkusTest
class ReportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void eachLevelIsMeasuredAgainstItsStandardWithBreachesAndReturns() {
        UUID late = ReviewApi.open();
        // The kasubbag's turn became actionable two weeks ago: a breach of the 20-minute standard in working time at
        // any hour the test runs (an hour ago would be no working time at all in the evening).
        Db.update("UPDATE review_task SET actionable_at = now() - interval '14 days' WHERE review_id = ?", late);
        ReviewApi.approve(late, Tokens.kasubbag(), 1);
        ReviewApi.returnDown(late, Tokens.kabag(), 1, "redo");
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/reports/service-level").then().statusCode(200)
                .body("steps.step", hasItem(5))
                .body("steps.find { it.step == 5 }.standardMinutes", equalTo(20))
                .body("steps.find { it.step == 5 }.actorRole", equalTo("kasubbag"))
                .body("steps.find { it.step == 5 }.breaches", greaterThanOrEqualTo(1))
                .body("steps.find { it.step == 6 }.returns", greaterThanOrEqualTo(1));
    }

    @Test
    void theReportAsASpreadsheetHasTheRowsOfTheJson() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        String report = "/api/v1/reports/service-level?from=2020-01-01&to=2100-01-01";
        List<Map<String, Object>> steps = given().auth().oauth2(Tokens.karo()).get(report).then().statusCode(200)
                .contentType("application/json").extract().path("steps");
        byte[] xlsx = given().auth().oauth2(Tokens.karo()).accept(XLSX).get(report).then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", equalTo(
                        "attachment; filename=\"service-level-review-service-2020-01-01-2100-01-01.xlsx\""))
                .extract().asByteArray();
        Spreadsheet sheet = Spreadsheet.read(xlsx);
        assertTrue(sheet.title().startsWith("Laporan Mutu Baku review-service"), sheet.title());
        assertEquals(3, sheet.frozenRows());
        assertEquals("Dikembalikan", sheet.indonesian().get(sheet.english().indexOf("Returns")));
        assertEquals(steps.stream().map(s -> ((Number) s.get("step")).doubleValue()).toList(), sheet.column("Step"));
        assertEquals(steps.stream().map(s -> s.get("actorRole")).toList(), sheet.column("Role"));
        assertEquals(steps.stream().map(s -> ((Number) s.get("count")).doubleValue()).toList(),
                sheet.column("Count"));
        assertEquals(steps.stream().map(s -> ((Number) s.get("returns")).doubleValue()).toList(),
                sheet.column("Returns"));
        given().auth().oauth2(Tokens.role("pelaksana")).accept(XLSX).get(report).then().statusCode(403)
                .contentType("application/problem+json");
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
