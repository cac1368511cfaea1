package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Corrections after forwarding (issue 16): a unit revises until the material is forwarded; the Kabag reopens
 * collection for one unit; the pelaksana corrects a value in the draft with a reason.
 */
@QuarkusTest
class CorrectionsAfterForwardingTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    private long count(String sql, String caseId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, UUID.fromString(caseId)).getSingleResult())
                .longValue();
    }

    private long submissions(String caseId) {
        return count("select count(*) from submission where case_id = ?1", caseId);
    }

    private static Response submitAs(String caseId, String unit, List<Map<String, Object>> rows) {
        return given().auth().oauth2(Tokens.unit(unit)).contentType(ContentType.JSON).body(Map.of("rows", rows))
                .post("/api/v1/cases/" + caseId + "/submissions");
    }

    private static Response reopenAs(String token, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/reopenings");
    }

    // --- 1. A unit revises its submission until the material is forwarded ---------------------------------------

    @Test
    void aUnitRevisesUntilForwardedAndTheDraftUsesOnlyTheLatest() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 85), Cases.row("IKU-2", 50, 40, 45)));
        List<String> latest = Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 88)));

        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + id + "/submissions").then()
                .statusCode(200).body("", hasSize(2))
                .body("[0].revision", equalTo(1)).body("[0].current", equalTo(false))
                .body("[0].supersededAt", notNullValue()).body("[0].rows", hasSize(2))
                .body("[1].revision", equalTo(2)).body("[1].current", equalTo(true))
                .body("[1].reopeningId", nullValue());
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("events.find { it.kind == 'UNIT_RESUBMITTED' }.detail",
                        matchesPattern(".*revision 2 \\(supersedes revision 1\\).*"));

        Cases.forward(id);
        Cases.assign(id, "pelaksana.one");
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + id + "/analysis").then()
                .body("rowCount", equalTo(1)).body("rows[0].rowId", equalTo(latest.get(0)))
                .body("rows[0].actualCorrected", equalTo(88));
    }

    @Test
    void afterForwardingAUnitsSubmissionIsRefusedAndNothingIsStored() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 85)));
        Cases.forward(id);
        long before = submissions(id);
        submitAs(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 99))).then().statusCode(409)
                .contentType(PROBLEM).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("FORWARDED")).body("action", equalTo("SUBMIT_UNIT_DATA"));
        assertEquals(before, submissions(id));
    }

    // --- 2. The Kabag reopens collection for one unit ------------------------------------------------------------

    @Test
    void reopenedUnitAloneResubmitsAndTheKabagForwardsAgainToTheSamePelaksana() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.allRows(), null);
        var reopened = Cases.reopen(c.id(), Cases.UNIT_A, true);
        assertEquals(Cases.UNIT_A, reopened.path("unitCode"));
        assertEquals("DRAFTING", reopened.path("fromState"));
        assertEquals("kabag.one", reopened.path("reopenedBy.upn"));
        assertTrue(reopened.<Boolean>path("open"));
        String memoNumber = reopened.path("reminderMemo.number");
        org.hamcrest.MatcherAssert.assertThat(memoNumber, matchesPattern("000\\.8\\.6\\.3/\\d+/ORG/\\d{4}"));
        // addressed to the unit's head, by post (the register of units)
        assertEquals(List.of("Kepala Dinas Kesehatan Provinsi Kalimantan Barat"), reopened.path("reminderMemo.to"));

        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + c.id()).then()
                .body("state", equalTo("REOPENED")).body("reopenedUnit", equalTo(Cases.UNIT_A))
                .body("assigneeUpn", equalTo("pelaksana.one"))
                .body("allowedActions", hasItems("SUBMIT_UNIT_DATA", "FORWARD"));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + c.id() + "/timeline").then()
                .body("events.find { it.kind == 'COLLECTION_REOPENED' }.actorUpn", equalTo("kabag.one"))
                .body("events.find { it.kind == 'COLLECTION_REOPENED' }.detail",
                        matchesPattern(".*DINKES.*Realisasi DINKES keliru.*" + memoNumber.replace(".", "\\.") + ".*"));
        // The reopened unit's task list shows the task; the other unit's does not.
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/tasks").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + c.id() + "' }.task", contains("RESUBMISSION"))
                .body("items.find { it.caseId == '" + c.id() + "' }.assigneeUnit", equalTo(Cases.UNIT_A));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/tasks").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + c.id() + "' }", hasSize(0));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/tasks?size=100").then()
                .body("items.findAll { it.caseId == '" + c.id() + "' }.task", not(hasItem("RESUBMISSION")));
        // The reminder memo is in the agenda book's outbox; the case's request memo is still the one GET /memo shows.
        assertEquals(1, count("select count(*) from outbox_event where aggregate_id = ?1 and type = "
                + "'AgendaRegistration' and payload->>'documentNumber' = '" + memoNumber + "'", c.id()));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + c.id() + "/memo").then()
                .statusCode(200).body("number", not(equalTo(memoNumber)));

        // Others stay locked, and the draft waits for the material.
        long before = submissions(c.id());
        submitAs(c.id(), Cases.UNIT_B, List.of(Cases.row("IKU-3", 1000, 700, 960))).then().statusCode(409)
                .contentType(PROBLEM).body("currentState", equalTo("REOPENED"))
                .body("action", equalTo("SUBMIT_UNIT_DATA"));
        assertEquals(before, submissions(c.id()));
        given().auth().oauth2(Tokens.pelaksana()).post("/api/v1/cases/" + c.id() + "/draft/submit").then()
                .statusCode(409).body("currentState", equalTo("REOPENED"));

        // The reopened unit resubmits: IKU-1 revised, IKU-2 dropped, IKU-9 new.
        Response resubmitted = submitAs(c.id(), Cases.UNIT_A,
                List.of(Cases.row("IKU-1", 100, 80, 95), Cases.row("IKU-9", 10, 5, 6)));
        resubmitted.then().statusCode(201).body("revision", equalTo(2))
                .body("reopeningId", equalTo(reopened.path("id")));
        List<String> newRows = resubmitted.path("rows.id");
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/draft").then()
                .body("rowIds", contains(newRows.get(0), c.rowsB().get(0), newRows.get(1)));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + c.id() + "/reopenings").then()
                .statusCode(200).body("", hasSize(1)).body("[0].resubmissionId", equalTo(resubmitted.path("id")))
                .body("[0].reminderMemo.signerNip", nullValue());
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/tasks").then()
                .body("items.findAll { it.caseId == '" + c.id() + "' }", hasSize(0));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/tasks?size=100").then()
                .body("items.findAll { it.caseId == '" + c.id() + "' }.task", hasItem("FORWARD"));

        // The Kabag forwards again: the case resumes DRAFTING with the same pelaksana.
        Cases.forward(c.id());
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id()).then()
                .body("state", equalTo("DRAFTING")).body("reopenedUnit", nullValue())
                .body("assigneeUpn", equalTo("pelaksana.one"));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + c.id() + "/timeline").then()
                .body("events.kind", hasItems("COLLECTION_REOPENED", "UNIT_RESUBMITTED", "FORWARDED_AGAIN"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + c.id() + "/reopenings").then()
                .body("[0].open", equalTo(false)).body("[0].closedBy", equalTo("kabag.one"));
        Cases.submitDraft(c.id());
        Map<String, Object> content = Cases.draftContent(c.id(), 1);
        List<Map<String, Object>> rows = rows(content);
        assertEquals(3, rows.size());
        assertEquals("95", rows.get(0).get("actualCorrected"));
        assertEquals("IKU-9", rows.get(2).get("indicatorCode"));
        // The version sent for review (and so the signed correction) says who reopened collection, when and why.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reopenings = (List<Map<String, Object>>) content.get("reopenings");
        assertEquals(1, reopenings.size());
        assertEquals(Cases.UNIT_A, reopenings.get(0).get("unitCode"));
        assertEquals("Realisasi DINKES keliru", reopenings.get(0).get("reason"));
        assertEquals(resubmitted.path("id"), reopenings.get(0).get("submissionId"));
        assertEquals("kabag.one", ((Map<?, ?>) reopenings.get(0).get("reopenedBy")).get("upn"));
    }

    @Test
    void reopeningFromRevisionResumesRevisionAndOnlyWithAReasonWithoutTheUnitsAnswer() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.allRows(), null);
        Cases.submitDraft(c.id());
        // In review: the reviewers hold the version; reopening waits for a return.
        reopenAs(Tokens.kabag(), c.id(), Map.of("unitCode", Cases.UNIT_B, "reason", "Data keliru")).then()
                .statusCode(409).contentType(PROBLEM).body("currentState", equalTo("IN_REVIEW"))
                .body("action", equalTo("REOPEN_COLLECTION"));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Cases.returned(c.id(), 1, "Data DISDIK perlu diperbaiki"))
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(200);
        var reopened = Cases.reopen(c.id(), Cases.UNIT_B, false);
        assertEquals("REVISION", reopened.path("fromState"));
        assertEquals(null, (Object) reopened.path("reminderMemo"));
        // A second reopening while one is open is refused.
        reopenAs(Tokens.kabag(), c.id(), Map.of("unitCode", Cases.UNIT_A, "reason", "Juga")).then()
                .statusCode(409).body("currentState", equalTo("REOPENED"));
        // Forwarding before the unit answered needs a note saying why.
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + c.id() + "/forward").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("note"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + c.id()).then()
                .body("state", equalTo("REOPENED"));
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON)
                .body(Map.of("note", "DISDIK menyatakan datanya sudah benar"))
                .post("/api/v1/cases/" + c.id() + "/forward").then().statusCode(200)
                .body("state", equalTo("REVISION")).body("assigneeUpn", equalTo("pelaksana.one"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + c.id() + "/reopenings").then()
                .body("[0].resubmissionId", nullValue())
                .body("[0].closingNote", equalTo("DISDIK menyatakan datanya sudah benar"));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/tasks").then()
                .body("items.findAll { it.caseId == '" + c.id() + "' }", hasSize(0));
        // Locked again for every unit.
        submitAs(c.id(), Cases.UNIT_B, List.of(Cases.row("IKU-3", 1000, 700, 960))).then().statusCode(409)
                .body("currentState", equalTo("REVISION"));
    }

    @Test
    void reopeningIsRefusedForTheWrongStateUnitRoleOrBodyAndChangesNothing() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 85)));
        reopenAs(Tokens.kabag(), id, Map.of("unitCode", Cases.UNIT_A, "reason", "x")).then().statusCode(409)
                .body("currentState", equalTo("COLLECTING")).body("action", equalTo("REOPEN_COLLECTION"));
        Cases.forward(id);
        reopenAs(Tokens.kabag(), id, Map.of("unitCode", "BAPPEDA", "reason", "x")).then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("unitCode"));
        reopenAs(Tokens.kabag(), id, Map.of("unitCode", Cases.UNIT_A)).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        reopenAs(Tokens.kabag(), id, Map.of("unitCode", Cases.UNIT_A, "reason", "  ")).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        reopenAs(Tokens.kabag(), id, Map.of("unitCode", Cases.UNIT_A, "reason", "x", "sendReminderMemo", "ya"))
                .then().statusCode(400).contentType(PROBLEM);
        for (String token : List.of(Tokens.karo(), Tokens.kasubbag(), Tokens.pelaksana(), Tokens.unit(Cases.UNIT_A),
                Tokens.auditor())) {
            reopenAs(token, id, Map.of("unitCode", Cases.UNIT_A, "reason", "x")).then().statusCode(403)
                    .contentType(PROBLEM);
        }
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("unitCode", Cases.UNIT_A, "reason", "x"))
                .post("/api/v1/cases/" + id + "/reopenings").then().statusCode(412);
        reopenAs(Tokens.kabag(), UUID.randomUUID().toString(), Map.of("unitCode", Cases.UNIT_A, "reason", "x"))
                .then().statusCode(404);
        assertEquals(0, count("select count(*) from reopening where case_id = ?1", id));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id).then().body("state", equalTo("FORWARDED"));
        // A unit not addressed by the case does not learn of its reopenings.
        given().auth().oauth2(Tokens.unit("BAPPEDA")).get("/api/v1/cases/" + id + "/reopenings").then()
                .statusCode(404);
    }

    @Test
    void aRetriedReopeningWithTheSameKeyReopensOnceAndTakesOneMemoNumber() {
        Cases.Drafting c = Cases.drafting();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("unitCode", Cases.UNIT_A, "reason", "Data keliru", "sendReminderMemo", true);
        Response first = given().auth().oauth2(Tokens.kabag()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + c.id() + "/reopenings");
        first.then().statusCode(201);
        given().auth().oauth2(Tokens.kabag()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/cases/" + c.id() + "/reopenings").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")))
                .body("reminderMemo.number", equalTo(first.path("reminderMemo.number")));
        assertEquals(1, count("select count(*) from reopening where case_id = ?1", c.id()));
        assertEquals(2, count("select count(*) from memo where case_id = ?1", c.id()));
    }

    // --- 3. The pelaksana corrects a value in the draft ----------------------------------------------------------

    @Test
    void pelaksanaCorrectsAValueWithAReasonAndTheVersionShowsBothAndTheRecomputedAchievement() {
        Cases.Drafting c = Cases.drafting();
        int v = Cases.compose(c.id(), c.allRows(), null);
        String rowId = c.rowsA().get(0); // IKU-1: target 100, reported 80, unit's corrected 90
        Response corrected = given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + v + "\"")
                .body(Map.of("rowId", rowId, "actualCorrected", "92,5", "reason", "Sesuai laporan BPS"))
                .post("/api/v1/cases/" + c.id() + "/draft/corrections");
        corrected.then().statusCode(201).header("ETag", "\"" + (v + 1) + "\"")
                .body("actualCorrected", equalTo(92.5f)).body("unitActualCorrected", equalTo(90))
                .body("correctedBy.upn", equalTo("pelaksana.one")).body("correctedBy.post", equalTo("Pelaksana"))
                .body("reason", equalTo("Sesuai laporan BPS")).body("indicatorCode", equalTo("IKU-1"));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + c.id() + "/draft/corrections").then()
                .statusCode(200).body("", hasSize(1)).body("[0].unitCode", equalTo(Cases.UNIT_A));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + c.id() + "/timeline").then()
                .body("events.find { it.kind == 'DRAFT_VALUE_CORRECTED' }.detail",
                        matchesPattern(".*IKU-1 of DINKES.*90 → 92\\.5.*Sesuai laporan BPS"));

        Cases.submitDraft(c.id());
        Map<String, Object> row = rows(Cases.draftContent(c.id(), 1)).get(0);
        assertEquals("92.5", row.get("actualCorrected"));
        assertEquals("90", row.get("unitActualCorrected"));
        assertEquals("100", row.get("unitTarget"));
        assertEquals("Sesuai laporan BPS", row.get("correctionReason"));
        assertEquals("pelaksana.one", ((Map<?, ?>) row.get("correctedBy")).get("upn"));
        assertEquals("92.5", row.get("achievementAfter").toString().replaceAll("0+$", "").replaceAll("\\.$", ""));
        assertEquals("Salah input", row.get("reason"));
        // The other rows are the units' as they were.
        assertFalse(rows(Cases.draftContent(c.id(), 1)).get(1).containsKey("unitActualCorrected"));
    }

    @Test
    void aCorrectionInRevisionWinsOverTheReviewersEarlierValueAndATargetCanBeCorrected() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        Map<String, Object> reviewed = Cases.draftContent(c.id(), 1);
        rows(reviewed).get(0).put("actualCorrected", "85");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Cases.returned(c.id(), 1, "IKU-1 tidak sesuai", reviewed, 2))
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(200);
        int current = Cases.draftVersion(c.id());
        int next = Cases.correct(c.id(), c.rowsA().get(0), "actualCorrected", 87, current);
        Cases.correct(c.id(), c.rowsA().get(1), "target", "60", next);
        Cases.submitDraft(c.id());
        List<Map<String, Object>> rows = rows(Cases.draftContent(c.id(), 2));
        assertEquals("87", rows.get(0).get("actualCorrected"));
        assertEquals("90", rows.get(0).get("unitActualCorrected"));
        assertEquals("60", rows.get(1).get("target"));
        assertEquals("50", rows.get(1).get("unitTarget"));
        assertEquals("40", rows.get(1).get("actualCorrected"));
    }

    @Test
    void aCorrectionIsRefusedWithoutVersionStaleForAnotherOrWithABadValueAndChangesNothing() {
        Cases.Drafting c = Cases.drafting();
        String path = "/api/v1/cases/" + c.id() + "/draft/corrections";
        String rowId = c.rowsA().get(0);
        Map<String, Object> body = Map.of("rowId", rowId, "actualCorrected", 91, "reason", "Bukti baru");
        // No draft yet.
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).post(path).then().statusCode(422).contentType(PROBLEM);
        int v = Cases.compose(c.id(), c.rowsA(), null);
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(428).contentType(PROBLEM);
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"" + (v + 5)
                + "\"").body(body).post(path).then().statusCode(412).body("currentVersion", equalTo(v));
        given().auth().oauth2(Tokens.pelaksana("pelaksana.two")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + v + "\"").body(body).post(path).then().statusCode(403)
                .body("code", equalTo("NOT_ASSIGNED"));
        for (String token : List.of(Tokens.kasubbag(), Tokens.kabag(), Tokens.unit(Cases.UNIT_A))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                    .body(body).post(path).then().statusCode(403);
        }
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("rowId", rowId, "actualCorrected", "1.5", "reason", "x"),
                Map.of("rowId", rowId, "actualCorrected", "banyak", "reason", "x"),
                Map.of("rowId", rowId, "reason", "x"))) {
            given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                    .header("If-Match", "\"" + v + "\"").body(bad).post(path).then().statusCode(400)
                    .contentType(PROBLEM).body("violations[0].field", equalTo("actualCorrected"));
        }
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                .body(Map.of("rowId", rowId, "target", "x", "reason", "x")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("target"));
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                .body(Map.of("rowId", rowId, "actualCorrected", 91)).post(path).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        // A row of the case that is not in the draft (the draft holds DINKES's rows only).
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                .body(Map.of("rowId", c.rowsB().get(0), "actualCorrected", 1, "reason", "x")).post(path).then()
                .statusCode(400).body("violations[0].field", equalTo("rowId"));
        assertEquals(0, count("select count(*) from draft_correction where case_id = ?1", c.id()));
        assertEquals(v, Cases.draftVersion(c.id()));

        // In review the draft is frozen with the reviewers.
        Cases.submitDraft(c.id());
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                .body(body).post(path).then().statusCode(409).contentType(PROBLEM)
                .body("currentState", equalTo("IN_REVIEW")).body("action", equalTo("EDIT_DRAFT"));
        assertEquals(0, count("select count(*) from draft_correction where case_id = ?1", c.id()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> content) {
        return (List<Map<String, Object>>) content.get("rows");
    }
}
