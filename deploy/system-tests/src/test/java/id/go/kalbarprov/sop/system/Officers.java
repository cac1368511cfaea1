package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The officers of SOP 45 at work, over HTTP only. */
public final class Officers {

    /** Each filing takes the next item of the file. */
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final java.util.concurrent.atomic.AtomicInteger ITEMS = new java.util.concurrent.atomic.AtomicInteger();

    private final SystemUnderTest system;

    public Officers(SystemUnderTest system) {
        this.system = system;
        registerOfficers();
    }

    /**
     * The admin registers the officers the walk-throughs name (request-service's register of officers, checked on
     * assignment and delegation); idempotent: an officer already registered is left as is.
     */
    public void registerOfficers() {
        register("pelaksana.sys", "199003032015031003", "Pelaksana Sistem", "Analis Kebijakan Ahli Pertama",
                "pelaksana");
        register("arsip.sys", "198804042010012004", "Arsiparis Sistem", "Arsiparis Ahli Pertama", "arsiparis");
    }

    private void register(String upn, String nip, String name, String post, String role) {
        if (given().auth().oauth2(DevTokens.admin()).get(req("/officers/" + upn)).statusCode() == 404) {
            given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("nip", nip, "name", name, "post", post, "role", role, "unitCode", "BIRO-ORG",
                            "section", "Bagian Tata Laksana", "activeFrom", "2020-01-01"))
                    .put(req("/officers/" + upn)).then().statusCode(201);
        }
    }

    private String req(String path) {
        return system.url(Svc.REQUEST) + "/api/v1" + path;
    }

    private String rev(String path) {
        return system.url(Svc.REVIEW) + "/api/v1" + path;
    }

    private String arc(String path) {
        return system.url(Svc.ARCHIVE) + "/api/v1" + path;
    }

    private static Response post(String token, String url, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post(url);
    }

    /**
     * The case's Lembar Disposisi and Nota Dinas as PDFs, the bureau's copy and a unit's ({@code unit}): each is
     * rendered and recorded on its first download, so after this a download reads and writes nothing. Returns the
     * served bytes by path and reader.
     */
    public Map<String, byte[]> downloadLetters(String caseId, String unit) {
        Map<String, byte[]> letters = new java.util.LinkedHashMap<>();
        for (String path : List.of("/disposition/pdf", "/memo/pdf")) {
            for (String token : List.of(DevTokens.kabag(), DevTokens.unit(unit))) {
                Response pdf = given().auth().oauth2(token).get(req("/cases/" + caseId + path));
                pdf.then().statusCode(200).contentType("application/pdf");
                letters.put(path + (token.equals(DevTokens.kabag()) ? " bureau" : " unit"), pdf.asByteArray());
            }
        }
        return letters;
    }

    /** Steps 1–4: a case opened, data collected, forwarded, assigned, drafted and submitted. Returns the case id. */
    public String caseSubmittedForReview(String title) {
        String id = caseAssignedToPelaksana(title);
        submitDraft(id);
        return id;
    }

    /**
     * The reference data the cases need: the 2026 performance agreements of the units the tests address, stated by
     * the admin (a repeated PUT of the same agreement changes nothing, so every test may call it).
     */
    public void agreements() {
        Map<String, List<Map<String, Object>>> byUnit = Map.of(
                "DINKES", List.of(indicator("IKU-DINKES", "Indikator DINKES"), indicator("IKU-R", "Balapan")),
                "DISDIK", List.of(indicator("IKU-DISDIK", "Indikator DISDIK")),
                "BAPPEDA", List.of(indicator("IKU-BAPPEDA", "Indikator BAPPEDA")));
        byUnit.forEach((unit, indicators) -> {
            int status = given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Perjanjian Kinerja 2026", "indicators", indicators))
                    .put(req("/agreements/" + unit + "/2026")).then().extract().statusCode();
            if (status != 200 && status != 201) {
                throw new AssertionError("agreement of " + unit + ": " + status);
            }
        });
    }

    private static Map<String, Object> indicator(String code, String name) {
        return Map.of("indicatorCode", code, "indicatorName", name, "unitOfMeasure", "%",
                "direction", "HIGHER_IS_BETTER", "target", "100");
    }

    /** Steps 1–3: the case is with the pelaksana (state DRAFTING), nothing drafted yet. Returns the case id. */
    public String caseAssignedToPelaksana(String title) {
        agreements();
        String id = post(DevTokens.karo(), req("/cases"), Map.of("title", title, "year", 2026, "period", "Q2",
                "reason", "Realisasi keliru", "targetUnits", List.of("DINKES", "DISDIK"),
                "dueDate", LocalDate.now().plusDays(7).toString(), "instruction", "Siapkan Nota Dinas",
                "urgency", "SEGERA")).then().statusCode(201).extract().path("id");
        post(DevTokens.kabag(), req("/cases/" + id + "/memo"), Map.of("subject", "Permintaan data", "body",
                "Mohon data koreksi.", "nature", "SEGERA")).then().statusCode(201);
        for (String unit : List.of("DINKES", "DISDIK")) {
            post(DevTokens.unit(unit), req("/cases/" + id + "/submissions"), Map.of("rows", List.of(Map.of(
                    "indicatorCode", "IKU-" + unit, "indicatorName", "Indikator " + unit, "year", 2026,
                    "period", "Q2", "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER", "target", "100",
                    "actualReported", "80", "actualCorrected", "90,5", "reason", "Salah input"))))
                    .then().statusCode(201);
        }
        post(DevTokens.kabag(), req("/cases/" + id + "/forward"), Map.of()).then().statusCode(200);
        post(DevTokens.kasubbag(), req("/cases/" + id + "/assignment"), Map.of("upn", "pelaksana.sys"))
                .then().statusCode(200);
        return id;
    }

    /** Step 4: the pelaksana drafts from every collected row and submits version 1. */
    public void submitDraft(String id) {
        submitDraft(id, Map.of());
    }

    /** Step 4, the submission sent with {@code headers} (a {@code traceparent}, say). */
    public void submitDraft(String id, Map<String, String> headers) {
        List<String> rows = given().auth().oauth2(DevTokens.pelaksana()).get(req("/cases/" + id + "/analysis"))
                .then().statusCode(200).extract().path("rows.rowId");
        given().auth().oauth2(DevTokens.pelaksana()).contentType(ContentType.JSON)
                .body(Map.of("rowIds", rows, "notes", "Catatan", "conclusion", "Kesimpulan"))
                .put(req("/cases/" + id + "/draft")).then().statusCode(200);
        given().auth().oauth2(DevTokens.pelaksana()).headers(headers)
                .post(req("/cases/" + id + "/draft/submit")).then().statusCode(201);
    }

    /** The pelaksana revises after a return: resubmits the working draft as the next version. */
    void resubmit(String caseId) {
        awaitCaseState(caseId, "REVISION");
        var draft = given().auth().oauth2(DevTokens.pelaksana()).get(req("/cases/" + caseId + "/draft"));
        List<String> rowIds = draft.path("rowIds");
        given().auth().oauth2(DevTokens.pelaksana()).contentType(ContentType.JSON)
                .header("If-Match", draft.header("ETag"))
                .body(Map.of("rowIds", rowIds, "notes", "Direvisi", "conclusion", "Kesimpulan"))
                .put(req("/cases/" + caseId + "/draft")).then().statusCode(200);
        post(DevTokens.pelaksana(), req("/cases/" + caseId + "/draft/submit"), null).then().statusCode(201);
    }

    /** The review of a case once it has arrived (and, if given, reached {@code round}). */
    public Response review(String caseId, int round) {
        return await("review of " + caseId + " round " + round, () -> {
            Response list = given().auth().oauth2(DevTokens.auditor()).get(rev("/reviews?scope=ALL&caseId=" + caseId));
            List<Integer> rounds = list.path("items.round");
            return rounds != null && !rounds.isEmpty() && rounds.get(0) >= round ? list : null;
        });
    }

    /** Waits until the review is back in review with a version newer than {@code previousVersion}. */
    void awaitResubmission(String caseId, int previousVersion) {
        await("resubmission of " + caseId, () -> {
            Response list = given().auth().oauth2(DevTokens.auditor()).get(rev("/reviews?scope=ALL&caseId=" + caseId));
            Integer version = list.path("items[0].currentVersion");
            return "IN_REVIEW".equals(list.path("items[0].status")) && version != null && version > previousVersion
                    ? Boolean.TRUE : null;
        });
    }

    public String reviewId(String caseId) {
        return review(caseId, 1).path("items[0].id");
    }

    public int currentVersion(String reviewId) {
        return given().auth().oauth2(DevTokens.auditor()).get(rev("/reviews/" + reviewId)).then().statusCode(200)
                .extract().path("currentVersion");
    }

    public Response decide(String token, String reviewId, String decision, String reason) {
        Map<String, Object> body = reason == null
                ? Map.of("decision", decision, "version", currentVersion(reviewId))
                : Map.of("decision", decision, "version", currentVersion(reviewId), "reason", reason);
        return post(token, rev("/reviews/" + reviewId + "/decisions"), body);
    }

    /** The current level corrects the actual of {@code unit}'s row, addressed by its rowId and unit. */
    public Response amendActual(String token, String reviewId, String unit, String actualCorrected) {
        int version = currentVersion(reviewId);
        List<Map<String, Object>> rows = given().auth().oauth2(DevTokens.auditor())
                .get(rev("/reviews/" + reviewId + "/versions/" + version)).then().statusCode(200)
                .extract().path("content.rows");
        Object rowId = rows.stream().filter(r -> unit.equals(r.get("unitCode"))).findFirst().orElseThrow()
                .get("rowId");
        return post(token, rev("/reviews/" + reviewId + "/amendments"), Map.of("baseVersion", version,
                "rows", List.of(Map.of("rowId", rowId, "unitCode", unit, "actualCorrected", actualCorrected,
                        "reviewerNote", "Dikoreksi")), "note", "Koreksi angka " + unit));
    }

    /** Steps 5–7 approving straight up the chain. */
    public void approveChain(String reviewId) {
        decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        decide(DevTokens.karo(), reviewId, "APPROVE", null).then().statusCode(201);
    }

    public String orderId(String caseId) {
        return await("archive order of " + caseId, () -> {
            List<String> ids = given().auth().oauth2(DevTokens.auditor()).get(arc("/archive-orders?caseId=" + caseId))
                    .then().statusCode(200).extract().path("items.id");
            return ids == null || ids.isEmpty() ? null : ids.get(0);
        });
    }

    /** Steps 8–10; returns the archive record's id. */
    public String archive(String orderId) {
        delegate(orderId);
        return file(orderId, "RESTRICTED");
    }

    /**
     * arsip.sys proposes a new line of the retention schedule under a fresh code (kept for review, so no minimum
     * applies); returns the pending proposal's id.
     */
    public String retentionProposal() {
        String code = "9" + (10 + RANDOM.nextInt(89)) + "." + (1 + RANDOM.nextInt(998)) + "."
                + (1 + RANDOM.nextInt(998)) + "." + (1 + RANDOM.nextInt(998));
        return post(DevTokens.arsiparis(), arc("/retention-schedule/proposals"), Map.of("classificationCode", code,
                "title", "Uji sistem", "activeYears", 1, "inactiveYears", 1, "finalDisposition", "REVIEW",
                "reason", "Usulan uji sistem")).then().statusCode(201).extract().path("id");
    }

    /** The Kasubbag approves a retention rule proposal; returns its id. */
    public String approveRetentionProposal(String proposalId) {
        post(DevTokens.kasubbag(), arc("/retention-schedule/proposals/" + proposalId + "/approval"), null)
                .then().statusCode(200);
        return proposalId;
    }

    /** Steps 8–9: the Kabag orders archiving and the Kasubbag delegates the filing to arsip.sys. */
    public void delegate(String orderId) {
        post(DevTokens.kabag(), arc("/archive-orders/" + orderId + "/order"), Map.of("note", "Arsipkan"))
                .then().statusCode(200);
        post(DevTokens.kasubbag(), arc("/archive-orders/" + orderId + "/delegation"), Map.of("upn", "arsip.sys"))
                .then().statusCode(200);
    }

    /** Step 10: arsip.sys files the order in the given access class; returns the record's id. */
    public String file(String orderId, String accessClass) {
        return post(DevTokens.arsiparis(), arc("/archive-orders/" + orderId + "/filing"), Map.ofEntries(
                Map.entry("classificationCode", "000.8.6.3"), Map.entry("fileNumber", "KIN-2026"),
                Map.entry("itemNumber", ITEMS.incrementAndGet()), Map.entry("processingUnit", "Bagian Tata Laksana"),
                Map.entry("description", "Koreksi data kinerja"),
                Map.entry("periodCovered", Map.of("from", "2026-04-01", "to", "2026-06-30")),
                Map.entry("quantity", 1), Map.entry("medium", "ELECTRONIC"), Map.entry("authenticity", "ORIGINAL"),
                Map.entry("accessClass", accessClass),
                Map.entry("location", Map.of("folder", "F1", "box", "B1", "shelf", "R1"))))
                .then().statusCode(201).extract().path("id");
    }

    public void awaitCaseState(String caseId, String state) {
        await("case " + caseId + " " + state, () -> state.equals(given().auth().oauth2(DevTokens.auditor())
                .get(req("/cases/" + caseId)).path("state")) ? Boolean.TRUE : null);
    }

    Response timeline(String caseId) {
        return given().auth().oauth2(DevTokens.auditor()).get(req("/cases/" + caseId + "/timeline"));
    }

    public static <T> T await(String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            SystemUnderTest.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
