package id.go.kalbarprov.sop.request.support;

import static io.restassured.RestAssured.given;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.json.CanonicalJson;
import id.go.kalbarprov.sop.platform.domain.IndonesianDecimal;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives a case through the steps over HTTP, as the officers would. */
public final class Cases {

    public static final String UNIT_A = "DINKES";
    public static final String UNIT_B = "DISDIK";

    private Cases() {
    }

    /** The admin's token (reference data). */
    public static String admin() {
        return Tokens.of("admin", "admin.one", "198801012012031008", null);
    }

    /** Registers a unit (its head's post as given) unless it is known already. */
    public static void registerUnit(String code, String name, String headPost) {
        if (given().auth().oauth2(admin()).get("/api/v1/units/" + code).statusCode() == 404) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "headPost", headPost, "active", true))
                    .put("/api/v1/units/" + code).then().statusCode(201);
        }
    }

    public static Map<String, Object> openCaseBody() {
        return Map.of(
                "title", "Koreksi data kinerja Triwulan II",
                "year", 2026,
                "period", "Q2",
                "reason", "Realisasi triwulan II dilaporkan keliru",
                "targetUnits", List.of(UNIT_A, UNIT_B),
                "dueDate", LocalDate.now(OfficeTime.WIB).plusDays(14).toString(),
                "instruction", "Siapkan Nota Dinas permintaan data",
                "urgency", "SEGERA");
    }

    public static String open() {
        return given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(openCaseBody())
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> memoBody() {
        return Map.of("subject", "Permintaan data koreksi kinerja", "body", "Mohon disampaikan data koreksi.",
                "nature", "SEGERA");
    }

    public static String issueMemo(String caseId) {
        return given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(memoBody())
                .post("/api/v1/cases/" + caseId + "/memo").then().statusCode(201).extract().path("number");
    }

    /**
     * The targets of the tests' performance agreements (test resource {@code db/test-data/R__test_agreements.sql}: units
     * DINKES, DISDIK, BAPPEDA, BPKAD and DISHUB, years 2025 to 2027), by indicator code; the case's period is Q2.
     */
    public static final Map<String, BigDecimal> AGREED_TARGETS = Map.ofEntries(
            Map.entry("IKU-1", new BigDecimal("100")), Map.entry("IKU-2", new BigDecimal("50")),
            Map.entry("IKU-3", new BigDecimal("1000")), Map.entry("IKU-4", new BigDecimal("100")),
            Map.entry("IKU-5", new BigDecimal("100")), Map.entry("IKU-6", new BigDecimal("100")),
            Map.entry("IKU-7", new BigDecimal("100")), Map.entry("IKU-8", new BigDecimal("100")),
            Map.entry("IKU-9", new BigDecimal("100")), Map.entry("IKU-0", BigDecimal.ZERO),
            Map.entry("IKU-N", new BigDecimal("2")), Map.entry("IKU-T", new BigDecimal("10")),
            Map.entry("IKU-P", new BigDecimal("40")));

    /**
     * A row of indicator {@code code} for the case's year and period. The indicator's name, unit of measure, direction
     * and target come from the unit's agreement; a {@code target} other than the agreed one is sent as the unit's
     * corrected target (with a reason), so the achievements are computed against it as the caller expects.
     */
    public static Map<String, Object> row(String code, Object target, Object reported, Object corrected) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicatorCode", code);
        row.put("year", 2026);
        row.put("period", "Q2");
        row.put("actualReported", reported);
        row.put("actualCorrected", corrected);
        row.put("reason", "Salah input");
        BigDecimal agreed = AGREED_TARGETS.get(code);
        if (target != null && (agreed == null || agreed.compareTo(decimal(target)) != 0)) {
            row.put("targetCorrected", target);
            row.put("targetCorrectionReason", "Target dikoreksi");
        }
        return row;
    }

    /** A value as the tests write it: a number, or text in the Indonesian form ("1.234,5"). */
    private static BigDecimal decimal(Object value) {
        if (value instanceof Number) {
            return new BigDecimal(value.toString());
        }
        return IndonesianDecimal.parse(value.toString()).orElse(BigDecimal.valueOf(-1));
    }

    public static List<String> submit(String caseId, String unit, List<Map<String, Object>> rows) {
        return given().auth().oauth2(Tokens.unit(unit)).contentType(ContentType.JSON).body(Map.of("rows", rows))
                .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(201)
                .extract().path("rows.id");
    }

    public static void forward(String caseId) {
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + caseId + "/forward").then().statusCode(200);
    }

    public static void assign(String caseId, String upn) {
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", upn))
                .post("/api/v1/cases/" + caseId + "/assignment").then().statusCode(200);
    }

    /** A case with the memo out, both units' rows in, forwarded and assigned to pelaksana.one. */
    public static Drafting drafting() {
        String id = open();
        issueMemo(id);
        List<String> rowsA = submit(id, UNIT_A, List.of(row("IKU-1", 100, 80, 90), row("IKU-2", "50", "40", "40")));
        List<String> rowsB = submit(id, UNIT_B, List.of(row("IKU-3", "1.000", "700,5", "950")));
        forward(id);
        assign(id, "pelaksana.one");
        return new Drafting(id, rowsA, rowsB);
    }

    public record Drafting(String id, List<String> rowsA, List<String> rowsB) {
        public List<String> allRows() {
            return java.util.stream.Stream.concat(rowsA.stream(), rowsB.stream()).toList();
        }
    }

    public static int compose(String caseId, List<String> rowIds, Integer ifMatch) {
        var request = given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                .body(Map.of("rowIds", rowIds, "notes", "Catatan", "conclusion", "Disetujui untuk dikoreksi"));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return request.put("/api/v1/cases/" + caseId + "/draft").then().statusCode(200).extract().path("version");
    }

    public static int submitDraft(String caseId) {
        return given().auth().oauth2(Tokens.pelaksana()).post("/api/v1/cases/" + caseId + "/draft/submit")
                .then().statusCode(201).extract().path("number");
    }

    /** The Kabag reopens collection for {@code unit}; the reopening as answered (201). */
    public static io.restassured.response.ExtractableResponse<io.restassured.response.Response> reopen(
            String caseId, String unit, boolean reminder) {
        return given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "reason", "Realisasi " + unit + " keliru", "sendReminderMemo", reminder))
                .post("/api/v1/cases/" + caseId + "/reopenings").then().statusCode(201).extract();
    }

    /** The working draft's version (its ETag). */
    public static int draftVersion(String caseId) {
        return given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + caseId + "/draft").then()
                .statusCode(200).extract().path("version");
    }

    /** The assigned pelaksana corrects {@code field} of a row of the draft; the new draft version. */
    public static int correct(String caseId, String rowId, String field, Object value, int ifMatch) {
        return Integer.parseInt(given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + ifMatch + "\"")
                .body(Map.of("rowId", rowId, field, value, "reason", "Sesuai bukti dukung"))
                .post("/api/v1/cases/" + caseId + "/draft/corrections").then().statusCode(201).extract()
                .header("ETag").replace("\"", ""));
    }

    /** Draft version {@code number}'s content as stored, parsed. */
    public static Map<String, Object> draftContent(String caseId, int number) {
        return given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + caseId + "/drafts/" + number).then()
                .statusCode(200).extract().path("content");
    }

    /** The DraftReturned body review-service sends when level 5 returns version {@code version} as reviewed. */
    public static Map<String, Object> returned(String caseId, int version, String reason,
                                               Map<String, Object> reviewedContent, int reviewedVersion) {
        String text = CanonicalJson.write(reviewedContent);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("version", version);
        body.put("reason", reason);
        body.put("returnedBy", Map.of("upn", "kasubbag.one", "name", "Kasubbag", "acting", false));
        body.put("reviewedVersion", reviewedVersion);
        body.put("content", text);
        body.put("contentHash", ContentHash.sha256(text));
        return body;
    }

    /** A return of version {@code version} as submitted, nothing amended. */
    public static Map<String, Object> returned(String caseId, int version, String reason) {
        return returned(caseId, version, reason, draftContent(caseId, version), 1);
    }
}
