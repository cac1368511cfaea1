package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.Spreadsheet;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Files;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service-level report as a spreadsheet: the rows the JSON report has, on the same endpoint. */
@QuarkusTest
class ServiceLevelExportTest {

    private static final String REPORT = "/api/v1/reports/service-level?from=2020-01-01&to=2100-01-01";

    @Test
    void theSpreadsheetHasTheRowsOfTheJsonReport() {
        Cases.drafting();
        // Decimals as doubles: JsonPath's default (float) turns a median of 0.8 into 0.800000011920929.
        List<Map<String, Object>> steps = given().auth().oauth2(Tokens.karo()).get(REPORT).then().statusCode(200)
                .contentType("application/json").extract().body()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE)).getList("steps");
        assertFalse(steps.isEmpty());
        byte[] xlsx = given().auth().oauth2(Tokens.karo()).accept(Files.XLSX).get(REPORT).then().statusCode(200)
                .contentType(Files.XLSX)
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"service-level-request-service-2020-01-01-2100-01-01.xlsx\""))
                .extract().asByteArray();
        Spreadsheet sheet = Spreadsheet.read(xlsx);
        assertTrue(sheet.title().startsWith("Laporan Mutu Baku request-service"), sheet.title());
        assertEquals(3, sheet.frozenRows(), "the title and both header rows stay in view");
        assertEquals("Langkah", sheet.indonesian().get(0));
        assertEquals("Step", sheet.english().get(0));
        assertEquals(steps.size(), sheet.rows().size());
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> step = steps.get(i);
            List<Object> row = sheet.rows().get(i);
            assertEquals(((Number) step.get("step")).doubleValue(), row.get(0), "numbers are numbers");
            assertEquals(step.get("task"), row.get(1));
            assertEquals(((Number) step.get("count")).doubleValue(), row.get(2));
            assertEquals(step.get("medianMinutes") == null ? null : ((Number) step.get("medianMinutes")).doubleValue(),
                    row.get(3));
            assertEquals(((Number) step.get("standardMinutes")).doubleValue(), row.get(5));
            assertEquals(((Number) step.get("breaches")).doubleValue(), row.get(6));
        }
    }

    @Test
    void jsonStaysTheDefault() {
        given().auth().oauth2(Tokens.karo()).get(REPORT).then().statusCode(200).contentType("application/json");
        given().auth().oauth2(Tokens.karo()).accept("*/*").get(REPORT).then().statusCode(200)
                .contentType("application/json");
        given().auth().oauth2(Tokens.karo()).accept("application/json, " + Files.XLSX + ";q=0.5").get(REPORT)
                .then().statusCode(200).contentType("application/json");
        given().auth().oauth2(Tokens.karo()).accept("application/pdf").get(REPORT).then().statusCode(406)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.karo()).accept("text/csv").get(REPORT).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .body(org.hamcrest.Matchers.startsWith("Step,Task,Count,Median (minutes),P90 (minutes)"));
    }

    @Test
    void theSameAccessRulesAndFilters() {
        for (String token : List.of(Tokens.pelaksana(), Tokens.unit(Cases.UNIT_A), Tokens.arsiparis())) {
            given().auth().oauth2(token).accept(Files.XLSX).get(REPORT).then().statusCode(403)
                    .contentType("application/problem+json").body("code", startsWith("FORBIDDEN"));
        }
        given().auth().oauth2(Tokens.auditor()).accept(Files.XLSX).get(REPORT).then().statusCode(200);
        given().auth().oauth2(Tokens.karo()).accept(Files.XLSX).get("/api/v1/reports/service-level?from=yesterday")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
