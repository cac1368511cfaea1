package id.go.kalbarprov.sop.request.outbox;

import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.officer;
import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.text;
import static id.go.kalbarprov.sop.platform.testing.HandoffLimits.upnOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.Officer;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import id.go.kalbarprov.sop.platform.event.HandoffEvent;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.testing.HandoffLimits;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What request-service builds at the largest values its own API accepts is accepted by the receivers
 * (review-service for DraftSubmitted, archive-service for AgendaRegistration); what its API accepts and a receiver
 * would refuse is refused here, at the source, with nothing committed.
 */
@QuarkusTest
class EventLimitsTest {

    /** The receivers' sop.http.max-body-size: review-service (DraftSubmitted) 2M, archive-service (agenda) 1M. */
    static final Map<Class<?>, Integer> RECEIVER_MAX_BODY = Map.of(DraftSubmitted.class, 3 * 1024 * 1024,
            AgendaRegistration.class, 3 * 1024 * 1024);
    /** Room for the length of the compiledAt instant, which varies with its fraction of a second. */
    static final int MARGIN = 12;

    /** OpenCase.instruction, AssignPelaksana.note: the API takes 2000, and the timeline holds them with a prefix. */
    static final int INSTRUCTION = 2000;
    static final int ASSIGN_NOTE = 2000;
    /** The memo's addressees: at most what the agenda book takes (AgendaRegistration.to). */
    static final int ADDRESSEES = Limits.ADDRESSEES;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    static String code(int n, int i) {
        String prefix = "U" + i + "-";
        return prefix + "X".repeat(n - prefix.length());
    }

    static final String KARO = officer("karo", "196609211986031004", Limits.NAME, false);
    static final String KABAG = officer("kabag", "197001011995031001", Limits.NAME, false);
    static final String KASUBBAG = officer("kasubbag", "197502022000032002", Limits.NAME, false);
    static final String PELAKSANA = officer("pelaksana", "199003032015031003", Limits.NAME, false);

    /** Unit codes of 50 characters (the longest the API takes) that, joined as the memo's addressees, are n long. */
    static List<String> unitsFilling(int n) {
        List<String> units = new ArrayList<>();
        while (String.join(", ", units).length() + 2 + 50 + 2 + 2 <= n) {
            units.add(code(50, units.size()));
        }
        int used = String.join(", ", units).length() + 2;
        units.add(code(n - used, 99));
        assertEquals(n, String.join(", ", units).length());
        // Known units, addressed by a head's post as long as the code, so the memo's addressees are n long too.
        units.forEach(code -> Cases.registerUnit(code, code, code));
        return units;
    }

    static Map<String, Object> openBody(List<String> units) {
        return openBody(units, INSTRUCTION);
    }

    static Map<String, Object> openBody(List<String> units, int instruction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", text(200));
        body.put("year", 2026);
        body.put("period", "Q2");
        body.put("reason", text(2000));
        body.put("targetUnits", units);
        body.put("dueDate", LocalDate.now().plusDays(14).toString());
        body.put("instruction", text(instruction));
        body.put("urgency", "SEGERA");
        body.put("note", text(2000));
        body.put("letter", Map.of("number", text(100), "from", text(200), "date", LocalDate.now().toString()));
        return body;
    }

    static String open(List<String> units) {
        return given().auth().oauth2(KARO).contentType(ContentType.JSON).body(openBody(units))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    static Response issueMemo(String caseId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", text(300));
        body.put("body", text(10000));
        body.put("nature", "SANGAT_SEGERA");
        body.put("copies", IntStream.range(0, 50).mapToObj(i -> text(200)).toList());
        body.put("attachments", 1000);
        body.put("signerPosition", text(200));
        return given().auth().oauth2(KABAG).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/memo");
    }

    static Map<String, Object> row(int i, int evidence) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicatorCode", code(50, i));
        row.put("indicatorName", text(500));
        row.put("strategicGoal", text(500));
        row.put("year", 2026);
        row.put("period", "Q2");
        row.put("unitOfMeasure", text(50));
        row.put("direction", "HIGHER_IS_BETTER");
        row.put("target", "100");
        row.put("actualReported", "80");
        row.put("actualCorrected", "90");
        row.put("reason", text(2000));
        row.put("dataSource", text(500));
        row.put("evidenceRefs", IntStream.range(0, evidence).mapToObj(e -> text(500)).toList());
        return row;
    }

    /**
     * The unit's performance agreement for 2026 with the largest values, stating the indicators of its chunk of rows
     * ({@code from} to {@code from} + {@link #ROWS_PER_SUBMISSION}) as {@link #row} sends them; the same every time,
     * so a repeated PUT changes nothing.
     */
    static void agree(String unit, int from) {
        List<Map<String, Object>> indicators = IntStream.range(from, from + ROWS_PER_SUBMISSION).mapToObj(i -> {
            Map<String, Object> indicator = new LinkedHashMap<>();
            indicator.put("indicatorCode", code(50, i));
            indicator.put("indicatorName", text(500));
            indicator.put("strategicGoal", text(500));
            indicator.put("unitOfMeasure", text(50));
            indicator.put("direction", "HIGHER_IS_BETTER");
            indicator.put("target", "100");
            return indicator;
        }).toList();
        int status = given().auth().oauth2(Tokens.role(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", text(2000), "indicators", indicators))
                .put("/api/v1/agreements/" + unit + "/2026").then().extract().statusCode();
        assertTrue(status == 200 || status == 201, "agreement of " + unit + ": " + status);
    }

    /** Rows of one submission, well within request-service's body limit (sop.http.max-body-size). */
    static final int ROWS_PER_SUBMISSION = 12;

    /**
     * Opened with the largest values, memo issued, rows submitted (as many units as needed), forwarded, assigned:
     * returns the row ids.
     */
    List<String> drafting(String caseId, List<String> units, int rows) {
        issueMemo(caseId).then().statusCode(201);
        List<String> rowIds = new ArrayList<>();
        for (int from = 0, u = 0; from < rows; from += ROWS_PER_SUBMISSION, u++) {
            agree(units.get(u), from);
            List<Map<String, Object>> chunk = IntStream.range(from, Math.min(rows, from + ROWS_PER_SUBMISSION))
                    .mapToObj(i -> row(i, 30)).toList();
            rowIds.addAll(given().auth().oauth2(Tokens.unit(units.get(u))).contentType(ContentType.JSON)
                    .body(Map.of("rows", chunk, "note", text(2000)))
                    .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(201).extract()
                    .<List<String>>path("rows.id"));
        }
        given().auth().oauth2(KABAG).contentType(ContentType.JSON).body(Map.of("note", text(2000)))
                .post("/api/v1/cases/" + caseId + "/forward").then().statusCode(200);
        given().auth().oauth2(KASUBBAG).contentType(ContentType.JSON)
                .body(Map.of("upn", upnOf("pelaksana"), "note", text(ASSIGN_NOTE)))
                .post("/api/v1/cases/" + caseId + "/assignment").then().statusCode(200);
        return rowIds;
    }

    int compose(String caseId, List<String> rowIds, int notes, int conclusion, Integer ifMatch) {
        var request = given().auth().oauth2(PELAKSANA).contentType(ContentType.JSON)
                .body(Map.of("rowIds", rowIds, "notes", text(notes), "conclusion", text(conclusion)));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return request.put("/api/v1/cases/" + caseId + "/draft").then().statusCode(200).extract().path("version");
    }

    static Response submit(String caseId, String token) {
        return given().auth().oauth2(token).post("/api/v1/cases/" + caseId + "/draft/submit");
    }

    List<String> payloads(String caseId, String type) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select payload::text from outbox_event where aggregate_id = ?1 "
                        + "and type = ?2 order by created_at").setParameter(1, UUID.fromString(caseId))
                .setParameter(2, type).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    /** As the receiver reads it: the strict mapper into the platform record, then its constraints. */
    <E extends HandoffEvent> E accepted(String payload, Class<E> type) throws Exception {
        HandoffLimits.fitsTheReceiversBody(json, payload, RECEIVER_MAX_BODY.get(type), type.getSimpleName());
        return HandoffLimits.accepted(json, validator, payload, type);
    }

    static void refusedAtTheSource(Response r, String field) {
        assertEquals(400, r.statusCode(), r::asString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("VALIDATION_FAILED", r.jsonPath().getString("code"), r::asString);
        // The handoff check names the event's field; a column of the sender's own that cannot hold the value may
        // refuse it first (then nothing names a field). Either way nothing was committed, which the callers check.
        List<String> fields = r.jsonPath().getList("violations.field", String.class);
        assertTrue(fields == null || fields.isEmpty() ? r.asString().contains("/") : fields.contains(field),
                r::asString);
    }

    String state(String caseId) {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().path("state");
    }

    @Test
    void theLargestDraftAndItsAgendaEntriesAreAcceptedAndOneCharacterMoreIsRefusedAtTheSource() throws Exception {
        List<String> units = unitsFilling(ADDRESSEES);

        // Calibration: one row, to learn how long the draft's frame and each row are.
        String small = open(units);
        List<String> smallRows = drafting(small, units, 1);
        compose(small, smallRows, 1, 1, null);
        // An officer whose name is one character longer than the receiver takes is refused before anything is kept.
        String longName = Tokens.builder("pelaksana", upnOf("pelaksana"), "199003032015031003", null)
                .claim("name", text(Limits.NAME + 1)).sign();
        refusedAtTheSource(submit(small, longName), "DraftSubmitted.submittedBy.name");
        assertEquals("DRAFTING", state(small));
        assertEquals(List.of(), payloads(small, DraftSubmitted.TYPE));
        assertEquals(0, ((Number) em.createNativeQuery("select count(*) from draft_version where case_id = ?1")
                .setParameter(1, UUID.fromString(small)).getSingleResult()).intValue());
        submit(small, PELAKSANA).then().statusCode(201);
        DraftSubmitted calibration = accepted(payloads(small, DraftSubmitted.TYPE).get(0), DraftSubmitted.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> smallContent = json.readValue(calibration.content(), Map.class);
        int frame = calibration.content().length();
        int perRow = json.writeValueAsString(((List<?>) smallContent.get("rows")).get(0)).length() + 1;

        // The largest draft: as many rows as fit, the rest filled with the notes and the conclusion.
        int rows = (Limits.DRAFT_CONTENT - frame) / perRow + 1;
        int rest = Limits.DRAFT_CONTENT - MARGIN - (frame + (rows - 1) * perRow);
        assertTrue(rest >= 0 && rest < 2 * 10_000, "rows " + rows + " rest " + rest);
        String big = open(units);
        List<String> bigRows = drafting(big, units, rows);
        int notes = Math.min(10_000, 1 + rest);
        int conclusion = 1 + rest - (notes - 1);

        // One step over the limit (and the API takes it): refused at the source, nothing committed.
        int version = compose(big, bigRows, notes, conclusion + 2 * MARGIN, null);
        refusedAtTheSource(submit(big, PELAKSANA), "DraftSubmitted.content");
        assertEquals("DRAFTING", state(big));
        assertEquals(List.of(), payloads(big, DraftSubmitted.TYPE));

        compose(big, bigRows, notes, conclusion, version);
        submit(big, PELAKSANA).then().statusCode(201);
        List<String> submitted = payloads(big, DraftSubmitted.TYPE);
        assertEquals(1, submitted.size());
        DraftSubmitted event = accepted(submitted.get(0), DraftSubmitted.class);
        assertTrue(event.content().length() > Limits.DRAFT_CONTENT - 2 * MARGIN
                && event.content().length() <= Limits.DRAFT_CONTENT, "content of " + event.content().length());
        Object[] stored = (Object[]) em.createNativeQuery(
                        "select content, content_hash from draft_version where case_id = ?1 and number = 1")
                .setParameter(1, UUID.fromString(big)).getSingleResult();
        assertEquals(stored[0], event.content(), "the draft in the event is the one frozen");
        assertEquals(stored[1], event.contentHash());
        assertEquals(ContentHash.sha256(event.content()), event.contentHash(), "the content is what was hashed");
        assertEquals(text(200), event.title());
        assertEquals(upnOf("pelaksana"), event.submittedBy().upn());
        assertEquals(text(Limits.NAME), event.submittedBy().name());
        assertEquals("199003032015031003", event.submittedBy().nip());

        // Every agenda entry of the case (letter, disposition, memo, replies, forwarding, assignment, draft) at its
        // largest.
        List<AgendaRegistration> agenda = new ArrayList<>();
        for (String payload : payloads(big, AgendaRegistration.TYPE)) {
            agenda.add(accepted(payload, AgendaRegistration.class));
        }
        List<AgendaRegistration> replies = agenda.stream().filter(a -> a.sourceRef().contains("/Reply-")).toList();
        assertEquals((rows + ROWS_PER_SUBMISSION - 1) / ROWS_PER_SUBMISSION, replies.size());
        assertTrue(replies.stream().allMatch(a -> text(2000).equals(a.remarks()) && units.contains(a.from())));
        assertEquals(6, agenda.size() - replies.size());
        AgendaRegistration memo = agenda.stream().filter(a -> a.sourceRef().endsWith("/Memo")).findFirst().orElseThrow();
        assertEquals(String.join("; ", units), memo.to());
        assertEquals(ADDRESSEES, memo.to().length());
        assertEquals(text(Limits.NAME), memo.from());
        assertEquals(text(300), memo.subject());
        AgendaRegistration disposition = agenda.stream().filter(a -> a.sourceRef().endsWith("/Disposition"))
                .findFirst().orElseThrow();
        assertTrue(disposition.remarks().startsWith(text(INSTRUCTION)), disposition.remarks());
        assertNull(disposition.documentNumber());
        assertNotNull(disposition.documentDate());
        AgendaRegistration letter = agenda.stream().filter(a -> a.sourceRef().endsWith("/IncomingLetter"))
                .findFirst().orElseThrow();
        assertEquals(text(100), letter.documentNumber());
        assertTrue(agenda.stream().filter(a -> a.sourceRef().contains("/Assignment-"))
                .allMatch(a -> a.to().equals("Pelaksana Panjang, Pengelola Data Kinerja")
                        && text(ASSIGN_NOTE).equals(a.remarks())));
        assertTrue(agenda.stream().filter(a -> a.sourceRef().endsWith("/ForwardedMaterial"))
                .allMatch(a -> text(2000).equals(a.remarks())));
    }

    @Test
    void aMemoToMoreAddresseesThanTheAgendaHoldsIsRefusedAtTheSource() {
        // The API takes up to 100 target units of 50 characters: 5198 characters of addressees.
        List<String> units = IntStream.range(0, 100).mapToObj(i -> code(50, i)).toList();
        assertTrue(String.join(", ", units).length() > Limits.ADDRESSEES);
        units.forEach(code -> Cases.registerUnit(code, code, code));
        String caseId = open(units);
        long before = payloads(caseId, AgendaRegistration.TYPE).size();

        refusedAtTheSource(issueMemo(caseId), "AgendaRegistration.to");
        assertEquals("OPEN", state(caseId));
        assertEquals(before, payloads(caseId, AgendaRegistration.TYPE).size());
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + caseId + "/memo").then().statusCode(404);
    }

    /**
     * The API takes an instruction and a memo's addressees (joined) of 2000 characters, and the agenda
     * (AgendaRegistration.remarks, .to) holds them, but the case timeline (case_event.detail varchar(2000)) does not
     * held them with their prefix (varchar(2000) until V3): the request was answered 400 "unstorable-value".
     */
    @Test
    void theTimelineHoldsWhatTheApiTakes() {
        List<String> units = unitsFilling(Limits.ADDRESSEES);
        String caseId = given().auth().oauth2(KARO).contentType(ContentType.JSON).body(openBody(units, 2000))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        issueMemo(caseId).then().statusCode(201);
    }

    /**
     * Across services: review-service sends a DraftReturned whose reason is 2000 characters (its API and
     * the event take that), request-service's endpoint accepts the event, then cannot keep "Version n returned: " +
     * reason in case_event.detail (varchar(2000) until V3): 400, and the handoff was refused for ever. CaseStatus.detail
     * (up to Limits.REASON + 200) lands in the same column.
     */
    @Test
    void aReturnAtTheLimitIsApplied() throws Exception {
        String caseId = open(unitsFilling(100));
        List<String> rowIds = drafting(caseId, unitsFilling(100), 1);
        compose(caseId, rowIds, 1, 1, null);
        submit(caseId, PELAKSANA).then().statusCode(201);
        String content = id.go.kalbarprov.sop.platform.json.CanonicalJson.write(
                id.go.kalbarprov.sop.request.support.Cases.draftContent(caseId, 1));
        DraftReturned returned = new DraftReturned(UUID.randomUUID(), DraftReturned.TYPE, 1, text(Limits.REASON),
                new Officer(upnOf("kasubbag"), "197502022000032002", text(Limits.NAME), false), Limits.VERSION,
                content, ContentHash.sha256(content));
        assertTrue(validator.validate(returned).isEmpty());
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(json.writeValueAsString(returned))
                .post("/api/v1/cases/" + caseId + "/returns").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        CaseStatus status = new CaseStatus(UUID.randomUUID(), CaseStatus.TYPE, UUID.fromString(caseId), 5,
                "RETURNED", null, java.time.Instant.now(), null, null, returned.returnedBy(), 1, null, null,
                text(CaseStatus.DETAIL));
        assertTrue(validator.validate(status).isEmpty());
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(json.writeValueAsString(status))
                .post("/api/v1/cases/" + caseId + "/status-events").then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
    }
}
