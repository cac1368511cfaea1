package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Lembar Disposisi and the Nota Dinas of a real case as archival PDFs: what they print, that the recorded SHA-256
 * is that of the bytes served, and that they answer every caller as their JSON does. With
 * {@code -Dletters.out=/tmp/letters-out} the bureau's copies are written there to be looked at.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterPdfTest {

    static final String KARO_NIP = "196609211986031004";
    static final String KABAG_NIP = "197001011995031001";
    static final String KARO = Tokens.builder("karo", "karo.surat", KARO_NIP, null)
            .claim("name", "Dr. Siti Aminah, M.Si.").sign();
    static final String KABAG = Tokens.builder("kabag", "kabag.surat", KABAG_NIP, null)
            .claim("name", "Ir. Budi Santoso, M.T.").sign();
    static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 30);

    @Inject
    EntityManager em;

    String caseId;
    LocalDate dueDate;

    /** Once per class, before each test (REST Assured knows the port only then). */
    @BeforeEach
    void aCaseWithItsMemoOut() {
        if (caseId != null) {
            return;
        }
        dueDate = LocalDate.now(ZoneId.of("Asia/Pontianak")).plusDays(14);
        Map<String, Object> open = new LinkedHashMap<>(Cases.openCaseBody());
        open.put("dueDate", dueDate.toString());
        open.put("instruction", "Siapkan Nota Dinas permintaan data kepada unit terkait.\nKoordinasikan dengan Kasubbag TU.");
        open.put("urgency", "SANGAT_SEGERA");
        open.put("note", "Prioritaskan");
        open.put("letter", Map.of("number", "005/123/BAPPEDA/2026", "date", LETTER_DATE.toString(),
                "from", "Kepala BAPPEDA Provinsi Kalimantan Barat", "subject", "Permohonan koreksi data kinerja"));
        caseId = given().auth().oauth2(KARO).contentType(ContentType.JSON).body(open).post("/api/v1/cases")
                .then().statusCode(201).body("disposition.letterSubject", equalTo("Permohonan koreksi data kinerja"))
                .extract().path("id");
        given().auth().oauth2(KABAG).contentType(ContentType.JSON)
                .body(Map.of("subject", "Permintaan data koreksi kinerja Triwulan II",
                        "body", "Sehubungan dengan disposisi Kepala Biro, mohon disampaikan data koreksi.\n\n"
                                + "Data disampaikan melalui aplikasi.", "nature", "SEGERA",
                        "copies", List.of("Sekretaris Daerah Provinsi Kalimantan Barat", "Kepala Biro Organisasi"),
                        "attachments", 2))
                .post("/api/v1/cases/" + caseId + "/memo").then().statusCode(201);
    }

    @Test
    void theDispositionIsAnArchivalPdfWithTheLetterTheInstructionAndTheKaro() {
        byte[] pdf = download("/disposition/pdf", KARO, "lembar-disposisi-");
        write("lembar-disposisi.pdf", pdf);
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertFontsEmbedded(pdf);
        String text = text(pdf);
        for (String expected : List.of("LEMBAR DISPOSISI", "BIRO ORGANISASI", "Kepala BAPPEDA Provinsi Kalimantan Barat",
                "005/123/BAPPEDA/2026", "30 November 2026", "Permohonan koreksi data kinerja", "Sangat Segera",
                "Kepala Biro Organisasi (Dr. Siti Aminah, M.Si.)", "Kepala Bagian Tatalaksana",
                "Siapkan Nota Dinas permintaan data kepada unit terkait.", "Koordinasikan dengan Kasubbag TU.",
                "Prioritaskan", "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", date(dueDate),
                "Pontianak, " + date(LocalDate.now(ZoneId.of("Asia/Pontianak"))), "NIP 19660921 198603 1 004",
                "halaman")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void theNotaDinasIsAnArchivalPdfWithItsFieldsTheDeadlineAndTheKabagsSignatureBlock() {
        String number = given().auth().oauth2(KABAG).get("/api/v1/cases/" + caseId + "/memo").then()
                .statusCode(200).extract().path("number");
        byte[] pdf = download("/memo/pdf", KABAG, "nota-dinas-" + number.replace('/', '-'));
        write("nota-dinas.pdf", pdf);
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertFontsEmbedded(pdf);
        String text = text(pdf);
        for (String expected : List.of("NOTA DINAS", "PEMERINTAH PROVINSI KALIMANTAN BARAT", "Nomor: " + number,
                "Kepala Dinas Kesehatan Provinsi Kalimantan Barat",
                "Kepala Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat", "Dari : Kepala Bagian Tatalaksana",
                "1. Sekretaris Daerah Provinsi Kalimantan Barat", "2. Kepala Biro Organisasi",
                "Sifat : Segera", "Lampiran : 2 berkas", "Permintaan data koreksi kinerja Triwulan II",
                "mohon disampaikan data koreksi.", "Data disampaikan melalui aplikasi.",
                "paling lambat tanggal", date(dueDate), "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan",
                "Ir. Budi Santoso, M.T.", "NIP 19700101 199503 1 001",
                "Pontianak, " + date(LocalDate.now(ZoneId.of("Asia/Pontianak"))))) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void theRecordedSha256IsThatOfTheServedBytesAndEveryDownloadIsTheSame() {
        byte[] disposition = download("/disposition/pdf", Tokens.kasubbag(), "lembar-disposisi-");
        assertArrayEquals(disposition, download("/disposition/pdf", Tokens.auditor(), "lembar-disposisi-"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("disposition.pdfSha256", equalTo(sha256(disposition)));

        byte[] memo = download("/memo/pdf", Tokens.karo(), "nota-dinas-");
        assertArrayEquals(memo, download("/memo/pdf", Tokens.kasubbag(), "nota-dinas-"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + caseId + "/memo").then().statusCode(200)
                .body("pdfSha256", equalTo(sha256(memo)));
    }

    @Test
    void theEtagIsTheSha256AndAMatchingIfNoneMatchIsNotModified() {
        Response first = given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/memo/pdf");
        assertEquals(200, first.statusCode());
        String etag = first.header("ETag");
        assertEquals("\"" + sha256(first.asByteArray()) + "\"", etag);
        given().auth().oauth2(Tokens.kabag()).header("If-None-Match", etag)
                .get("/api/v1/cases/" + caseId + "/memo/pdf").then().statusCode(304).header("ETag", etag);
        given().auth().oauth2(Tokens.kabag()).header("If-None-Match", "\"" + "0".repeat(64) + "\"")
                .get("/api/v1/cases/" + caseId + "/memo/pdf").then().statusCode(200);
    }

    @Test
    void aUnitGetsItsCopyWithoutOfficialsNipsWithItsOwnRecordedHash() {
        String unit = Tokens.unit(Cases.UNIT_A);
        byte[] memo = download("/memo/pdf", unit, "nota-dinas-");
        PdfChecks.assertPdfA2b(memo);
        String text = text(memo);
        assertTrue(text.contains("Ir. Budi Santoso, M.T."), text);
        assertFalse(text.contains("19700101 199503 1 001"), text);
        assertFalse(text.contains(KABAG_NIP), text);
        given().auth().oauth2(unit).get("/api/v1/cases/" + caseId + "/memo").then().statusCode(200)
                .body("pdfSha256", equalTo(sha256(memo))).body("signerNip", nullValue());

        byte[] disposition = download("/disposition/pdf", unit, "lembar-disposisi-");
        assertFalse(text(disposition).contains("19660921 198603 1 004"));
        given().auth().oauth2(unit).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("disposition.pdfSha256", equalTo(sha256(disposition)));
        // the bureau's copy is another rendering, with its own hash
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + caseId + "/memo").then()
                .body("pdfSha256", org.hamcrest.Matchers.not(equalTo(sha256(memo))));
    }

    @Test
    void eachPdfAnswersEveryCallerAsItsJsonDoes() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("karo", Tokens.karo());
        callers.put("kabag", Tokens.kabag());
        callers.put("kasubbag", Tokens.kasubbag());
        callers.put("auditor", Tokens.auditor());
        callers.put("unit addressed", Tokens.unit(Cases.UNIT_A));
        callers.put("unit not addressed", Tokens.unit("BAPPEDA"));
        callers.put("pelaksana not assigned", Tokens.pelaksana());
        callers.put("admin", Cases.admin());
        callers.put("arsiparis", Tokens.arsiparis());
        Map<String, Integer> expected = Map.of("karo", 200, "kabag", 200, "kasubbag", 200, "auditor", 200,
                "unit addressed", 200, "unit not addressed", 404, "pelaksana not assigned", 403, "admin", 403,
                "arsiparis", 403);
        for (String[] pair : List.of(new String[] {"", "/disposition/pdf"}, new String[] {"/memo", "/memo/pdf"})) {
            callers.forEach((who, token) -> {
                int json = given().auth().oauth2(token).get("/api/v1/cases/" + caseId + pair[0]).statusCode();
                int pdf = given().auth().oauth2(token).get("/api/v1/cases/" + caseId + pair[1]).statusCode();
                assertEquals(expected.get(who), json, who + " on the JSON " + pair[0]);
                assertEquals(json, pdf, who + " on " + pair[1]);
            });
            given().get("/api/v1/cases/" + caseId + pair[1]).then().statusCode(401);
        }
        given().auth().oauth2(Tokens.unit("BAPPEDA")).get("/api/v1/cases/" + caseId + "/memo/pdf").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownCaseOrAMemoNotYetIssuedIsNotFound() {
        String unknown = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + unknown + "/disposition/pdf").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + unknown + "/memo/pdf").then().statusCode(404);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/not-a-uuid/memo/pdf").then().statusCode(404);
        String fresh = Cases.open();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + fresh + "/memo/pdf").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + fresh).then()
                .body("disposition.pdfSha256", nullValue());
    }

    @Test
    void whatACaseDoesNotRecordIsPrintedAsADash() {
        String bare = Cases.open();
        String text = text(download("/disposition/pdf", Tokens.karo(), "lembar-disposisi-", bare));
        assertTrue(text.contains("Surat dari : -"), text);
        assertTrue(text.contains("Nomor surat : -"), text);
        assertTrue(text.contains("Perihal : -"), text);
        assertTrue(text.contains("Catatan : -"), text);
        assertTrue(text.contains("Sifat : Segera"), text);
        Cases.issueMemo(bare);
        String memo = text(download("/memo/pdf", Tokens.karo(), "nota-dinas-", bare));
        assertTrue(memo.contains("Tembusan : -"), memo);
        assertTrue(memo.contains("Lampiran : -"), memo);
    }

    @Test
    void anActingKaroAndAnActingKabagSignAsPlh() {
        String id = given().auth().oauth2(Tokens.person("karo", "karo.plh", "197502022000032002", true))
                .contentType(ContentType.JSON).body(Cases.openCaseBody()).post("/api/v1/cases").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.person("kabag", "kabag.plh", "198801012012031008", true))
                .contentType(ContentType.JSON).body(Cases.memoBody()).post("/api/v1/cases/" + id + "/memo").then()
                .statusCode(201).body("signerActing", equalTo(true));
        assertTrue(text(download("/disposition/pdf", Tokens.karo(), "lembar-disposisi-", id))
                .contains("Plh. Kepala Biro Organisasi"));
        String memo = text(download("/memo/pdf", Tokens.karo(), "nota-dinas-", id));
        assertTrue(memo.contains("Dari : Plh. Kepala Bagian Tatalaksana"), memo);
        assertTrue(memo.contains("NIP 19880101 201203 1 008"), memo);
    }

    @Test
    void aLetterWhoseContentChangesIsRenderedAgainAndTheEarlierRenderingIsKept() {
        String code = "LTR" + System.nanoTime() % 1_000_000;
        Cases.registerUnit(code, "Unit Surat Lama", "Kepala Unit Surat Lama");
        String id = given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON)
                .body(with("targetUnits", List.of(code))).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
        Cases.issueMemo(id);
        byte[] disposition = download("/disposition/pdf", Tokens.karo(), "lembar-disposisi-", id);
        byte[] memo = download("/memo/pdf", Tokens.karo(), "nota-dinas-", id);
        assertTrue(text(disposition).contains("Unit Surat Lama"));

        int version = given().auth().oauth2(Cases.admin()).get("/api/v1/units/" + code).then().extract()
                .path("version");
        given().auth().oauth2(Cases.admin()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("name", "Unit Surat Baru", "headPost", "Kepala Unit Surat Baru", "active", true))
                .put("/api/v1/units/" + code).then().statusCode(200);

        byte[] again = download("/disposition/pdf", Tokens.karo(), "lembar-disposisi-", id);
        assertTrue(text(again).contains("Unit Surat Baru"), text(again));
        assertFalse(sha256(again).equals(sha256(disposition)));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + id).then()
                .body("disposition.pdfSha256", equalTo(sha256(again)));
        assertEquals(2L, count("select count(*) from document_pdf where document_id = '" + id
                + "' and kind = 'DISPOSITION'"));
        // the Nota Dinas names its units as they stood when it was issued: it has not changed
        assertArrayEquals(memo, download("/memo/pdf", Tokens.karo(), "nota-dinas-", id));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void aFutureLetterDateOrAnOverlongSubjectIsRefusedAndNothingIsOpened() {
        long before = given().auth().oauth2(Tokens.karo()).get("/api/v1/cases?size=1").then().extract()
                .jsonPath().getLong("total");
        for (Map<String, Object> letter : List.of(
                Map.<String, Object>of("date", LocalDate.now().plusDays(3).toString()),
                Map.<String, Object>of("subject", "x".repeat(301)))) {
            Map<String, Object> body = new LinkedHashMap<>(Cases.openCaseBody());
            body.put("letter", letter);
            given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body).post("/api/v1/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(letter.containsKey("date") ? "letter.date" : "letter.subject"));
        }
        given().auth().oauth2(Tokens.karo()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(with("letter", Map.of("date", LocalDate.now().plusDays(3).toString()))).post("/api/v1/cases")
                .then().statusCode(400).body("detail", containsString("Tanggal surat tidak boleh di masa depan"));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases?size=1").then().body("total",
                equalTo((int) before));
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(Cases.openCaseBody());
        body.put(key, value);
        return body;
    }

    private byte[] download(String path, String token, String fileNameStart) {
        return download(path, token, fileNameStart, caseId);
    }

    private static byte[] download(String path, String token, String fileNameStart, String id) {
        Response response = given().auth().oauth2(token).get("/api/v1/cases/" + id + path);
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals("application/pdf", response.contentType());
        String disposition = response.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"" + fileNameStart) && disposition.endsWith(".pdf\""),
                disposition);
        byte[] pdf = response.asByteArray();
        assertEquals("\"" + sha256(pdf) + "\"", response.header("ETag"));
        return pdf;
    }

    /** The text with every run of white space as one space, so that a line break in a table cell does not matter. */
    private static String text(byte[] pdf) {
        return PdfChecks.text(pdf).replaceAll("\\s+", " ");
    }

    private static String date(LocalDate date) {
        String[] months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember"};
        return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(String name, byte[] pdf) {
        String out = System.getProperty("letters.out");
        if (out == null || out.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(out));
            Files.write(Path.of(out, name), pdf);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
