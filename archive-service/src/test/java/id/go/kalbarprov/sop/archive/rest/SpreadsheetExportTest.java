package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.testing.Spreadsheet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The agenda book of a year and the service-level report as spreadsheets, on their JSON endpoints. */
@QuarkusTest
class SpreadsheetExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String AGENDA = "/api/v1/agenda";
    /** A year of its own: no other test registers in it. */
    private static final int YEAR = 2061;

    private static void register(String direction, String date, String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceRef", "export/" + UUID.randomUUID());
        body.put("caseId", UUID.randomUUID().toString());
        body.put("direction", direction);
        body.put("date", date);
        body.put("from", "Kabag Tata Laksana");
        body.put("to", "DINKES");
        body.put("documentNumber", "000.8.3.3/15/ORG/" + YEAR);
        body.put("documentDate", YEAR + "-06-15");
        body.put("subject", subject);
        body.put("attachments", 2);
        body.put("remarks", "Nota Dinas");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body).post(AGENDA).then()
                .statusCode(201);
    }

    @Test
    void theYearsAgendaBookHasTheEntriesTheJsonListsInBookOrder() {
        register("OUT", YEAR + "-06-15T03:00:00Z", "Permintaan data koreksi kinerja");
        register("IN", YEAR + "-06-20T17:30:00Z", "Balasan DINKES");
        register("OUT", YEAR + "-07-01T02:00:00Z", "Nota Dinas pengingat");
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.kabag()).queryParam("year", YEAR)
                .queryParam("size", 100).get(AGENDA).then().statusCode(200).contentType("application/json")
                .extract().path("items");
        assertEquals(3, items.size());

        byte[] xlsx = given().auth().oauth2(Tokens.kabag()).accept(XLSX).queryParam("year", YEAR).get(AGENDA).then()
                .statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"agenda-" + YEAR + ".xlsx\""))
                .extract().asByteArray();
        Spreadsheet sheet = Spreadsheet.read(xlsx);
        assertEquals("Buku Agenda " + YEAR + " / Agenda book " + YEAR, sheet.title());
        assertEquals(3, sheet.frozenRows());
        assertEquals("Perihal", sheet.indonesian().get(sheet.english().indexOf("Subject")));
        assertEquals(List.of("1/" + YEAR, "2/" + YEAR, "3/" + YEAR), sheet.column("Agenda number"),
                "the book's order, every entry of the year (the JSON lists newest first)");
        for (Map<String, Object> item : items) {
            int row = sheet.column("Agenda number").indexOf(item.get("agendaNumber"));
            assertEquals(item.get("subject"), sheet.column("Subject").get(row));
            assertEquals(item.get("direction"), sheet.column("Direction").get(row));
            assertEquals(((Number) item.get("attachments")).doubleValue(), sheet.column("Attachments").get(row),
                    "numbers are numbers");
            assertEquals(LocalDateTime.ofInstant(Instant.parse((String) item.get("date")), OfficeTime.WIB),
                    sheet.column("Date").get(row), "a real date, in office time");
            assertEquals(LocalDateTime.of(YEAR, 6, 15, 0, 0), sheet.column("Document date").get(row));
        }

        Spreadsheet incoming = Spreadsheet.read(given().auth().oauth2(Tokens.auditor()).accept(XLSX)
                .queryParam("year", YEAR).queryParam("direction", "IN").get(AGENDA).then().statusCode(200)
                .extract().asByteArray());
        assertEquals(List.of("Balasan DINKES"), incoming.column("Subject"), "the same filters");
    }

    @Test
    void withoutAYearItIsThisYearsBook() {
        int year = OfficeTime.yearOf(Instant.now());
        given().auth().oauth2(Tokens.karo()).accept(XLSX).get(AGENDA).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"agenda-" + year + ".xlsx\""));
        given().auth().oauth2(Tokens.karo()).get(AGENDA).then().statusCode(200).contentType("application/json");
    }

    @Test
    void theSameAccessRules() {
        for (String role : List.of("unit", "service")) {
            given().auth().oauth2(Tokens.role(role)).accept(XLSX).queryParam("year", YEAR).get(AGENDA).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.karo()).accept(XLSX).queryParam("year", 1999).get(AGENDA).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theServiceLevelReportAsASpreadsheet() {
        Archive.filed("PUBLIC");
        String report = "/api/v1/reports/service-level?from=2020-01-01&to=2100-01-01";
        List<Map<String, Object>> steps = given().auth().oauth2(Tokens.karo()).get(report).then().statusCode(200)
                .extract().path("steps");
        Spreadsheet sheet = Spreadsheet.read(given().auth().oauth2(Tokens.karo()).accept(XLSX).get(report).then()
                .statusCode(200).contentType(XLSX).extract().asByteArray());
        assertTrue(sheet.title().startsWith("Laporan Mutu Baku archive-service"), sheet.title());
        assertEquals(steps.stream().map(s -> ((Number) s.get("step")).doubleValue()).toList(),
                sheet.column("Step"));
        assertEquals(steps.stream().map(s -> s.get("task")).toList(), sheet.column("Task"));
        assertEquals(steps.stream().map(s -> ((Number) s.get("count")).doubleValue()).toList(),
                sheet.column("Count"));
        given().auth().oauth2(Tokens.role("pelaksana")).accept(XLSX).get(report).then().statusCode(403);
    }
}
