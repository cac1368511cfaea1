package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Files;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A unit downloads its indicator template for a case, fills it in and uploads it: the upload becomes its submission
 * through the same code as the JSON one; a bad cell is named and nothing is stored.
 */
@QuarkusTest
class SubmissionWorkbookResourceTest {

    private static final int FIRST_ROW = 5;
    // columns of the template: A code … F actual reported, G actual corrected, H reason, J corrected target
    private static final int CODE = 0;
    private static final int TARGET = 4;
    private static final int REPORTED = 5;
    private static final int CORRECTED = 6;
    private static final int REASON = 7;
    private static final int TARGET_CORRECTED = 9;

    private static String collecting() {
        String id = Cases.open();
        Cases.issueMemo(id);
        return id;
    }

    private static String template(String caseId) {
        return "/api/v1/cases/" + caseId + "/submissions/template";
    }

    private static String workbook(String caseId) {
        return "/api/v1/cases/" + caseId + "/submissions/workbook";
    }

    private static byte[] download(String token, String caseId, String unitCode) {
        var request = given().auth().oauth2(token);
        if (unitCode != null) {
            request.queryParam("unitCode", unitCode);
        }
        return request.get(template(caseId)).then().statusCode(200).contentType(Files.XLSX)
                .header("Content-Disposition", startsWith("attachment; filename=\"submission-"))
                .extract().asByteArray();
    }

    /** The template with {@code fill} applied to its sheet, as the unit saves it. */
    private static byte[] fill(byte[] template, Consumer<Sheet> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.getSheet("Indikator"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's row of {@code code}. */
    private static Row row(Sheet sheet, String code) {
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            if (code.equals(sheet.getRow(r).getCell(CODE).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** IKU-1 as numbers, IKU-2 as Indonesian text. */
    private static void twoRows(Sheet sheet) {
        Row one = row(sheet, "IKU-1");
        one.getCell(REPORTED).setCellValue(80);
        one.getCell(CORRECTED).setCellValue(92.5);
        one.getCell(REASON).setCellValue("Salah input");
        Row two = row(sheet, "IKU-2");
        two.getCell(REPORTED).setCellValue("1.234,5");
        two.getCell(CORRECTED).setCellValue("40");
        two.getCell(REASON).setCellValue("Data belum lengkap");
    }

    private static Response upload(String token, String caseId, byte[] body) {
        return given().auth().oauth2(token).contentType(Files.XLSX).body(body).post(workbook(caseId));
    }

    private static int submissions(String caseId) {
        return given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/submissions").then()
                .statusCode(200).extract().path("size()");
    }

    private static String caseView(String caseId) {
        return given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void aFilledInTemplateBecomesTheUnitsSubmission() {
        String id = collecting();
        byte[] template = download(Tokens.unit(Cases.UNIT_A), id, null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("Indikator");
            assertEquals(id, sheet.getRow(0).getCell(1).getStringCellValue(), "the template names its case");
            assertEquals(Cases.UNIT_A, sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals(13, sheet.getLastRowNum() - FIRST_ROW + 1, "a row per indicator of the agreement");
            assertEquals(40, row(sheet, "IKU-P").getCell(TARGET).getNumericCellValue(), "the Q2 target");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        upload(Tokens.unit(Cases.UNIT_A), id, fill(template, SubmissionWorkbookResourceTest::twoRows)).then()
                .statusCode(201).contentType("application/json")
                .body("unitCode", equalTo(Cases.UNIT_A)).body("revision", equalTo(1))
                .body("rows", hasSize(2));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + id + "/submissions").then()
                .statusCode(200).body("", hasSize(1))
                .body("[0].rows.find { it.indicatorCode == 'IKU-1' }.actualReported", equalTo(80))
                .body("[0].rows.find { it.indicatorCode == 'IKU-1' }.actualCorrected", equalTo(92.5f))
                .body("[0].rows.find { it.indicatorCode == 'IKU-1' }.target", equalTo(100))
                .body("[0].rows.find { it.indicatorCode == 'IKU-2' }.actualReported", equalTo(1234.5f))
                .body("[0].rows.find { it.indicatorCode == 'IKU-2' }.reason", equalTo("Data belum lengkap"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("events.kind", hasItem("UNIT_SUBMITTED"));

        // Again: a resubmission supersedes the first, as a JSON one would.
        upload(Tokens.unit(Cases.UNIT_A), id, fill(template, sheet -> row(sheet, "IKU-3").getCell(REASON)
                .setCellValue("Hanya alasan"))).then().statusCode(201).body("revision", equalTo(2));
    }

    @Test
    void aWrongTypeInOneCellIsRefusedNamingTheCellAndNothingIsStored() {
        String id = collecting();
        byte[] template = download(Tokens.unit(Cases.UNIT_A), id, null);
        String before = caseView(id);
        byte[] bad = fill(template, sheet -> {
            twoRows(sheet);
            row(sheet, "IKU-2").getCell(CORRECTED).setCellValue("empat puluh");
        });
        int badRow = FIRST_ROW + 1 + 1; // IKU-2 is the agreement's second indicator; Excel counts from 1
        upload(Tokens.unit(Cases.UNIT_A), id, bad).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("WORKBOOK_INVALID"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("Indikator!G" + badRow))
                .body("violations[0].message", startsWith("Actual corrected: Must be a number"));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).header("Accept-Language", "id").contentType(Files.XLSX)
                .body(bad).post(workbook(id)).then().statusCode(422)
                .body("violations[0].message", startsWith("Realisasi koreksi: Harus berupa angka"));
        assertEquals(0, submissions(id), "nothing stored");
        assertEquals(before, caseView(id), "the case is unchanged");
    }

    @Test
    void everyBadCellIsListedAndARuleOfTheSubmissionNamesItsCell() {
        String id = collecting();
        byte[] template = download(Tokens.unit(Cases.UNIT_A), id, null);
        upload(Tokens.unit(Cases.UNIT_A), id, fill(template, sheet -> {
            row(sheet, "IKU-1").getCell(REPORTED).setCellValue(true);
            row(sheet, "IKU-2").getCell(CORRECTED).setCellValue(5);
        })).then().statusCode(422)
                .body("violations.field", equalTo(List.of("Indikator!F6", "Indikator!H6", "Indikator!H7")))
                .body("violations[2].message", containsString("required"));
        // A corrected target without its reason: the submission's own rule, told by the cell.
        upload(Tokens.unit(Cases.UNIT_A), id, fill(template, sheet -> {
            twoRows(sheet);
            row(sheet, "IKU-1").getCell(TARGET_CORRECTED).setCellValue(120);
        })).then().statusCode(422).body("code", equalTo("WORKBOOK_INVALID"))
                .body("violations.field", equalTo(List.of("Indikator!K6")));
        assertEquals(0, submissions(id));
    }

    @Test
    void anotherUnitsOrCasesTemplateIsRefused() {
        String id = collecting();
        byte[] disdik = fill(download(Tokens.unit(Cases.UNIT_B), id, null), SubmissionWorkbookResourceTest::twoRows);
        upload(Tokens.unit(Cases.UNIT_A), id, disdik).then().statusCode(422)
                .body("code", equalTo("WORKBOOK_INVALID"))
                .body("violations.field", equalTo(List.of("Indikator!C1")))
                .body("violations[0].message", containsString(Cases.UNIT_A));
        byte[] unnamed = fill(download(Tokens.unit(Cases.UNIT_A), id, null), sheet -> {
            twoRows(sheet);
            sheet.getRow(0).getCell(1).setBlank();
        });
        upload(Tokens.unit(Cases.UNIT_A), id, unnamed).then().statusCode(422)
                .body("violations.field", equalTo(List.of("Indikator!B1")));
        String other = collecting();
        upload(Tokens.unit(Cases.UNIT_B), other, disdik).then().statusCode(422)
                .body("violations.field", equalTo(List.of("Indikator!B1")));
        assertEquals(0, submissions(id));
        assertEquals(0, submissions(other));

        // A unit asks only for its own template, and only of a case addressed to it.
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).queryParam("unitCode", Cases.UNIT_B).get(template(id))
                .then().statusCode(403).body("code", equalTo("OTHER_UNIT"));
        given().auth().oauth2(Tokens.unit("DISHUB")).get(template(id)).then().statusCode(404);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).queryParam("unitCode", Cases.UNIT_B).contentType(Files.XLSX)
                .body(disdik).post(workbook(id)).then().statusCode(403).body("code", equalTo("OTHER_UNIT"));
    }

    @Test
    void notAWorkbookIs415AndAnEmptyBody400() {
        String id = collecting();
        upload(Tokens.unit(Cases.UNIT_A), id, Files.pdf("surat")).then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        upload(Tokens.unit(Cases.UNIT_A), id, Files.otherZip()).then().statusCode(415);
        upload(Tokens.unit(Cases.UNIT_A), id, Files.xlsx()).then().statusCode(415); // xl/ parts POI cannot open
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(Files.XLSX).post(workbook(id)).then()
                .statusCode(400);
        assertEquals(0, submissions(id));
    }

    @Test
    void aTooLargeUploadIs413ButOneAboveTheJsonLimitIsTaken() {
        String id = collecting();
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(Files.xlsx(), 0, huge, 0, Files.xlsx().length);
        upload(Tokens.unit(Cases.UNIT_A), id, huge).then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));

        // Filled in with a lot of (incompressible) text beside the table: larger than the 256 KB JSON limit.
        SecureRandom random = new SecureRandom();
        byte[] large = fill(download(Tokens.unit(Cases.UNIT_A), id, null), sheet -> {
            twoRows(sheet);
            for (int i = 0; i < 12; i++) {
                byte[] noise = new byte[24_000];
                random.nextBytes(noise);
                sheet.getRow(2).createCell(20 + i).setCellValue(Base64.getEncoder().encodeToString(noise));
            }
        });
        org.junit.jupiter.api.Assertions.assertTrue(large.length > 256 * 1024, "size " + large.length);
        upload(Tokens.unit(Cases.UNIT_A), id, large).then().statusCode(201);
    }

    @Test
    void theBureauEntersAPaperReplyFromTheTemplate() {
        String id = collecting();
        byte[] template = download(Tokens.pelaksana(), id, Cases.UNIT_B);
        given().auth().oauth2(Tokens.pelaksana()).get(template(id)).then().statusCode(400)
                .body("violations.field", hasItem("unitCode"));
        String letter = Files.letterOnCase(id);
        given().auth().oauth2(Tokens.kasubbag()).contentType(Files.XLSX)
                .queryParam("unitCode", Cases.UNIT_B).queryParam("letterNumber", "800/77/DISDIK/2026")
                .queryParam("letterDate", "2026-11-20").queryParam("letterAttachmentId", letter)
                .body(fill(template, SubmissionWorkbookResourceTest::twoRows)).post(workbook(id)).then()
                .statusCode(201).body("unitCode", equalTo(Cases.UNIT_B)).body("onBehalf", equalTo(true))
                .body("letterNumber", equalTo("800/77/DISDIK/2026"));
        // Without the letter: the query parameter is named, nothing stored.
        given().auth().oauth2(Tokens.kasubbag()).contentType(Files.XLSX).queryParam("unitCode", Cases.UNIT_B)
                .body(fill(template, SubmissionWorkbookResourceTest::twoRows)).post(workbook(id)).then()
                .statusCode(400).body("violations.field", hasItem("letterNumber"));
        assertEquals(1, submissions(id));
    }

    @Test
    void onlyUnitsAndTheBureausEntryRolesUseIt() {
        String id = collecting();
        byte[] filled = fill(download(Tokens.unit(Cases.UNIT_A), id, null), SubmissionWorkbookResourceTest::twoRows);
        for (String token : List.of(Tokens.karo(), Tokens.kabag(), Tokens.auditor(), Tokens.arsiparis())) {
            given().auth().oauth2(token).queryParam("unitCode", Cases.UNIT_A).get(template(id)).then()
                    .statusCode(403).contentType("application/problem+json");
            upload(token, id, filled).then().statusCode(403);
        }
        given().get(template(id)).then().statusCode(401);
        assertEquals(0, submissions(id));
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredOnce() {
        String id = collecting();
        byte[] filled = fill(download(Tokens.unit(Cases.UNIT_A), id, null), SubmissionWorkbookResourceTest::twoRows);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).header("Idempotency-Key", key).contentType(Files.XLSX)
                    .body(filled).post(workbook(id)).then().statusCode(201).body("revision", equalTo(1));
        }
        assertEquals(1, submissions(id));
    }
}
