package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.AgreementWorkbook;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Performance agreements: revisions with who and why, If-Match, who may read what, and the spreadsheet import. */
@QuarkusTest
class AgreementResourceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final AtomicInteger UNITS = new AtomicInteger();

    @Inject
    EntityManager em;

    static String admin() {
        return Tokens.role(Roles.ADMIN);
    }

    /** A unit code no other test uses. */
    static String freshUnit() {
        return "AGR" + System.nanoTime() % 1_000_000 + "-" + UNITS.incrementAndGet();
    }

    static Map<String, Object> indicator(String code, Object target) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("indicatorCode", code);
        indicator.put("indicatorName", "Indikator " + code);
        indicator.put("unitOfMeasure", "%");
        indicator.put("direction", "HIGHER_IS_BETTER");
        indicator.put("target", target);
        return indicator;
    }

    static Map<String, Object> agreement(String reason, List<Map<String, Object>> indicators) {
        return Map.of("reason", reason, "indicators", indicators);
    }

    private long agreements(String unit) {
        return ((Number) em.createNativeQuery("select count(*) from agreement where unit_code = ?1")
                .setParameter(1, unit).getSingleResult()).longValue();
    }

    @Test
    void everyChangeIsANewRevisionWithWhoAndWhyAndTheEarlierStaysReadable() {
        String unit = freshUnit();
        String path = "/api/v1/agreements/" + unit + "/2026";
        Map<String, Object> lowerIsBetter = indicator("IKU-2", "12,5");
        lowerIsBetter.put("direction", "LOWER_IS_BETTER");
        lowerIsBetter.put("lowerIsBetterConvention", "TWICE_TARGET_MINUS_ACTUAL");
        lowerIsBetter.put("periodTargets", Map.of("Q1", 20, "Q2", "15,5"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(agreement("PK 2026 ditandatangani", List.of(indicator("IKU-1", 100), lowerIsBetter)))
                .put(path).then().statusCode(201).header("ETag", "\"1\"")
                .body("revision", equalTo(1)).body("source", equalTo("API"))
                .body("recordedBy", equalTo("admin.someone")).body("reason", equalTo("PK 2026 ditandatangani"))
                .body("indicators[1].target", equalTo(12.5f))
                .body("indicators[1].periodTargets.Q2", equalTo(15.5f))
                .body("indicators[1].lowerIsBetterConvention", equalTo("TWICE_TARGET_MINUS_ACTUAL"));

        Map<String, Object> changed = agreement("Target IKU-1 direvisi", List.of(indicator("IKU-1", 110)));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(changed).put(path).then()
                .statusCode(428).contentType("application/problem+json").body("currentVersion", equalTo(1));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .put(path).then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        assertEquals(1, agreements(unit), "a refused change stores nothing");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .put(path).then().statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2));
        // the same agreement again: nothing changes, no If-Match needed
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(changed).put(path).then()
                .statusCode(200).body("revision", equalTo(2));

        given().auth().oauth2(Tokens.kasubbag()).get(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("indicators", hasSize(1)).body("indicators[0].target", equalTo(110));
        given().auth().oauth2(Tokens.auditor()).get(path + "/revisions").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].revision", equalTo(2))
                .body("items[0].reason", equalTo("Target IKU-1 direvisi"))
                .body("items[1].reason", equalTo("PK 2026 ditandatangani"))
                .body("items[1].recordedBy", equalTo("admin.someone"));
        given().auth().oauth2(Tokens.auditor()).get(path + "/revisions/1").then().statusCode(200)
                .body("indicators", hasSize(2)).body("indicators[0].target", equalTo(100));
        given().auth().oauth2(Tokens.auditor()).get(path + "/revisions/3").then().statusCode(404);
    }

    @Test
    void aUnitReadsOnlyItsOwnAgreementAndOnlyTheAdminWrites() {
        given().auth().oauth2(Tokens.unit("DINKES")).get("/api/v1/agreements/DINKES/2026").then().statusCode(200)
                .body("indicators.indicatorCode", hasItem("IKU-1"));
        given().auth().oauth2(Tokens.unit("DINKES")).get("/api/v1/agreements/DISDIK/2026").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("OTHER_UNIT"));
        given().auth().oauth2(Tokens.unit("DINKES")).get("/api/v1/agreements/DISDIK/2026/revisions/1").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.arsiparis()).get("/api/v1/agreements/DISDIK/2026").then().statusCode(200);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/agreements/DINKES/2099").then().statusCode(404)
                .contentType("application/problem+json");
        for (String token : List.of(Tokens.unit("DINKES"), Tokens.kasubbag(), Tokens.karo())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(agreement("r", List.of(indicator("IKU-1", 1)))).put("/api/v1/agreements/DINKES/2027")
                    .then().statusCode(403);
        }
    }

    @Test
    void aBadAgreementIsRefusedNamingTheFieldAndNothingIsStored() {
        String unit = freshUnit();
        String path = "/api/v1/agreements/" + unit + "/2026";
        Map<String, Object> convention = indicator("IKU-2", 1);
        convention.put("lowerIsBetterConvention", "INVERSE_RATIO");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(agreement("r", List.of(indicator("IKU-1", 1), indicator("iku-1 ", 2), convention)))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("indicators[1].indicatorCode"))
                .body("violations.field", hasItem("indicators[2].lowerIsBetterConvention"));
        Map<String, Object> annual = indicator("IKU-1", 1);
        annual.put("periodTargets", Map.of("ANNUAL", 5));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agreement("r", List.of(annual)))
                .put(path).then().statusCode(400).body("violations[0].field", equalTo("indicators[0].periodTargets"));
        Map<String, Object> noTarget = indicator("IKU-1", 1);
        noTarget.remove("target");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agreement("r", List.of(noTarget)))
                .put(path).then().statusCode(400).body("violations[0].field", containsString("target"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agreement("r", List.of(indicator("I", 1))))
                .put("/api/v1/agreements/" + unit + "/1999").then().statusCode(400);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agreement("r", List.of(indicator("I", 1))))
                .put("/api/v1/agreements/bad%20unit/2026").then().statusCode(400);
        assertEquals(0, agreements(unit));
    }

    // ---- the spreadsheet -----------------------------------------------------------------------------------

    /** A workbook as an admin fills the template in: the header row, then the given rows. */
    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Agreements");
            Row header = sheet.createRow(0);
            for (int i = 0; i < AgreementWorkbook.HEADER.size(); i++) {
                header.createCell(i).setCellValue(AgreementWorkbook.HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Object> sheetRow(String unit, Object year, String code, Object target) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(unit, year, code, "Indikator " + code, "%",
                "HIGHER_IS_BETTER"));
        row.add(null);
        row.add(target);
        return row;
    }

    @Test
    void anImportMakesTheNextRevisionOfEachUnitsAgreement() {
        String a = freshUnit();
        String b = freshUnit();
        List<Object> lower = new ArrayList<>(List.of(b, 2026, "IKU-9", "Angka kematian", "per 1.000",
                "LOWER_IS_BETTER", "TWICE_TARGET_MINUS_ACTUAL", "12,5", 20, 15.5));
        lower.addAll(java.util.Arrays.asList(null, null, "Sasaran 1"));
        byte[] file = workbook(List.of(sheetRow(a, 2026, "IKU-1", 100), sheetRow(a, 2026, "IKU-2", 50.25),
                lower, sheetRow(a, 2027, "IKU-1", 100)));
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "PK 2026 hasil impor")
                .header("Idempotency-Key", "import-" + a).body(file).post("/api/v1/agreements/import").then()
                .statusCode(200).body("agreements", equalTo(3)).body("changed", equalTo(3));
        // a retry with the key: the first answer again, nothing new
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "PK 2026 hasil impor")
                .header("Idempotency-Key", "import-" + a).body(file).post("/api/v1/agreements/import").then()
                .statusCode(200).header("Idempotent-Replayed", "true");
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/agreements/" + a + "/2026").then().statusCode(200)
                .body("source", equalTo("IMPORT")).body("reason", equalTo("PK 2026 hasil impor"))
                .body("indicators", hasSize(2)).body("indicators[1].target", equalTo(50.25f));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/agreements/" + b + "/2026").then().statusCode(200)
                .body("indicators[0].direction", equalTo("LOWER_IS_BETTER"))
                .body("indicators[0].lowerIsBetterConvention", equalTo("TWICE_TARGET_MINUS_ACTUAL"))
                .body("indicators[0].target", equalTo(12.5f))
                .body("indicators[0].periodTargets.Q1", equalTo(20))
                .body("indicators[0].periodTargets.Q2", equalTo(15.5f))
                .body("indicators[0].periodTargets.Q3", nullValue())
                .body("indicators[0].strategicGoal", equalTo("Sasaran 1"));
        // the same sheet again (another key): unchanged agreements stay at their revision
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "lagi").body(file)
                .post("/api/v1/agreements/import").then().statusCode(200).body("changed", equalTo(0));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/agreements/" + a + "/2026/revisions").then()
                .body("total", equalTo(1));
    }

    @Test
    void anyBadCellRefusesTheWholeImportNamingSheetRowAndColumn() {
        String a = freshUnit();
        List<Object> badDirection = sheetRow(a, 2026, "IKU-3", 1);
        badDirection.set(5, "SIDEWAYS");
        List<Object> convention = sheetRow(a, 2026, "IKU-4", 1);
        convention.set(6, "INVERSE_RATIO");
        byte[] file = workbook(List.of(sheetRow(a, 2026, "IKU-1", 100), sheetRow(a, 1999, "IKU-2", 1),
                badDirection, sheetRow(a, 2026, "IKU-5", "1.5"), sheetRow(a, 2026, "IKU-1", 3),
                sheetRow(a, 2026, null, 3), convention));
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "r").body(file)
                .post("/api/v1/agreements/import").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("Agreements!B3"))
                .body("violations.field", hasItem("Agreements!F4"))
                .body("violations.field", hasItem("Agreements!H5"))
                .body("violations.field", hasItem("Agreements!C6"))
                .body("violations.field", hasItem("Agreements!C7"))
                .body("violations.field", hasItem("Agreements!G8"))
                .body("violations.find { it.field == 'Agreements!C6' }.message",
                        containsString("row 6, column C (Indicator code)"));
        assertEquals(0, agreements(a), "all or nothing");

        byte[] noHeader = workbook(List.of());
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(noHeader));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.getSheetAt(0).getRow(0).getCell(2).setCellValue("Kode");
            w.getSheetAt(0).createRow(1).createCell(0).setCellValue(a);
            w.write(out);
            given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "r").body(out.toByteArray())
                    .post("/api/v1/agreements/import").then().statusCode(400)
                    .body("violations[0].field", equalTo("Agreements!C1"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "r").body(workbook(List.of()))
                .post("/api/v1/agreements/import").then().statusCode(400);
    }

    @Test
    void theBytesMustBeAnXlsxWithinTheImportLimit() {
        // a PDF named as a spreadsheet, and a zip that is no OOXML package
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "r")
                .body("%PDF-1.7\n".getBytes()).post("/api/v1/agreements/import").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "r").body(zip.toByteArray())
                .post("/api/v1/agreements/import").then().statusCode(415);
        // above sop.agreements.import.max-bytes (2 MB), though under the HTTP server's own limit
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "r")
                .body(new byte[2 * 1024 * 1024 + 1]).post("/api/v1/agreements/import").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
        // under the import's own limit a workbook is read (300K: more than the 256K JSON limit of earlier releases)
        byte[] padded = new byte[300 * 1024];
        padded[0] = 'P';
        padded[1] = 'K';
        padded[2] = 3;
        padded[3] = 4;
        given().auth().oauth2(admin()).contentType(XLSX).queryParam("reason", "r").body(padded)
                .post("/api/v1/agreements/import").then().statusCode(415);
        given().auth().oauth2(admin()).contentType(XLSX).body(workbook(List.of(sheetRow("X", 2026, "I", 1))))
                .post("/api/v1/agreements/import").then().statusCode(400)
                .body("violations[0].field", containsString("reason"));
    }

    @Test
    void theTemplateIsAnEmptyWorkbookWithTheHeaderRow() throws IOException {
        byte[] template = given().auth().oauth2(admin()).get("/api/v1/agreements/template.xlsx").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(0, sheet.getLastRowNum());
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(AgreementWorkbook.HEADER, header);
        }
    }
}
