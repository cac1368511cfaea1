package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.document.IndonesianDates;
import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadlines (issue 15): the units that have not replied by the case's due date are listed, and the Kabag reminds
 * them by a numbered reminder Nota Dinas addressed to them only.
 */
@QuarkusTest
class LateUnitReminderTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Pontianak"));

    @Inject
    EntityManager em;

    /** The case's due date moved to the past, as if the units' time had run out. */
    private void dueDatePassed(String caseId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update correction_case set due_date = ?1 where id = ?2")
                .setParameter(1, TODAY.minusDays(3)).setParameter(2, UUID.fromString(caseId)).executeUpdate());
    }

    private long count(String sql, String caseId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, UUID.fromString(caseId)).getSingleResult())
                .longValue();
    }

    /** A collecting case past its due date: DISDIK replied, DINKES did not. */
    private String pastDueWithDinkesLate() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_B, List.of(Cases.row("IKU-3", 1000, 700, 960)));
        dueDatePassed(id);
        return id;
    }

    private static Response remind(String token, String caseId, Map<String, Object> body, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/cases/" + caseId + "/reminders");
    }

    private static Map<String, Object> replyBy(LocalDate date) {
        return Map.of("replyBy", date.toString());
    }

    @Test
    void beforeTheDueDatePassesNoUnitIsLateAndAReminderIsRefused() {
        String id = Cases.open();
        Cases.issueMemo(id);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/late-units").then().statusCode(200)
                .body("pastDue", equalTo(false)).body("lateUnits", hasSize(0))
                .body("dueDate", equalTo(TODAY.plusDays(14).toString())).body("dueAt", notNullValue());
        remind(Tokens.kabag(), id, replyBy(TODAY.plusDays(3)), null).then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("NO_LATE_UNITS")).body("dueAt", notNullValue());
        given().auth().oauth2(Tokens.kabag()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(replyBy(TODAY.plusDays(3))).post("/api/v1/cases/" + id + "/reminders").then().statusCode(409)
                .body("title", equalTo("Tidak ada unit yang terlambat"))
                .body("detail", containsString("Batas waktu penyampaian data belum lewat"));
        assertEquals(0, count("select count(*) from memo where case_id = ?1 and kind = 'LATE_REMINDER'", id));
    }

    @Test
    void afterTheDueDateTheUnitsWithoutAReplyAreListedWithTheirNames() {
        String id = pastDueWithDinkesLate();
        for (String token : List.of(Tokens.kabag(), Tokens.karo(), Tokens.kasubbag(), Tokens.auditor())) {
            given().auth().oauth2(token).get("/api/v1/cases/" + id + "/late-units").then().statusCode(200)
                    .body("state", equalTo("COLLECTING")).body("pastDue", equalTo(true))
                    .body("lateUnits.unitCode", contains(Cases.UNIT_A))
                    .body("lateUnits[0].unitName", equalTo("Dinas Kesehatan"))
                    .body("lateUnits[0].headPost", equalTo("Kepala Dinas Kesehatan Provinsi Kalimantan Barat"))
                    .body("lateUnits[0].reminders", equalTo(0))
                    .body("lateUnits[0].lastReminderNumber", nullValue());
        }
    }

    @Test
    void theKabagRemindsTheLateUnitsOnlyByANumberedRegisteredMemoOnTheTimeline() {
        String id = pastDueWithDinkesLate();
        String requestNumber = given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/memo").then()
                .extract().path("number");
        LocalDate by = TODAY.plusDays(5);
        String key = UUID.randomUUID().toString();
        var sent = remind(Tokens.kabag(), id, Map.of("replyBy", by.toString(), "note", "Mohon perhatian."), key)
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("kind", equalTo("LATE_REMINDER")).body("replyBy", equalTo(by.toString()))
                .body("memo.addressees.unitCode", contains(Cases.UNIT_A))
                .body("memo.to", contains("Kepala Dinas Kesehatan Provinsi Kalimantan Barat"))
                .body("memo.body", containsString(requestNumber))
                .body("memo.body", containsString("Mohon perhatian."))
                .extract();
        String number = sent.path("memo.number");
        String memoId = sent.path("memo.id");
        assertTrue(number.matches("000\\.8\\.6\\.3/\\d+/ORG/\\d{4}"), number);
        // numbered in the register of every Nota Dinas: after the case's own
        assertTrue(Integer.parseInt(number.split("/")[1]) > Integer.parseInt(requestNumber.split("/")[1]));
        // a retry with the same key is the first reminder, not another
        remind(Tokens.kabag(), id, Map.of("replyBy", by.toString(), "note", "Mohon perhatian."), key).then()
                .statusCode(201).body("memo.number", equalTo(number));
        assertEquals(1, count("select count(*) from memo where case_id = ?1 and kind = 'LATE_REMINDER'", id));
        // registered in the agenda book (through the outbox), on the timeline
        assertEquals(1, count("select count(*) from outbox_event where aggregate_id = ?1 and type = "
                + "'AgendaRegistration' and payload->>'documentNumber' = '" + number + "'", id));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("events.find { it.kind == 'LATE_UNITS_REMINDED' }.actorUpn", equalTo("kabag.one"))
                .body("events.find { it.kind == 'LATE_UNITS_REMINDED' }.detail",
                        matchesPattern(".*" + number.replace(".", "\\.") + " to DINKES.*"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/late-units").then()
                .body("lateUnits[0].reminders", equalTo(1)).body("lateUnits[0].lastReminderNumber", equalTo(number));
        // the case is still collecting; its Nota Dinas is still the request
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id).then().body("state", equalTo("COLLECTING"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/memo").then()
                .body("number", equalTo(requestNumber));

        // the late unit reads it and downloads it; the unit that replied does not see it
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + id + "/reminders").then()
                .statusCode(200).body("memo.number", contains(number)).body("[0].memo.signerNip", nullValue());
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/cases/" + id + "/reminders").then()
                .statusCode(200).body("", hasSize(0));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/cases/" + id + "/reminders/" + memoId + "/pdf")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
        Response pdf = given().auth().oauth2(Tokens.unit(Cases.UNIT_A))
                .get("/api/v1/cases/" + id + "/reminders/" + memoId + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.contentType());
        PdfChecks.assertPdfA2b(pdf.asByteArray());
        String text = PdfChecks.text(pdf.asByteArray()).replaceAll("\\s+", " ");
        for (String expected : List.of("NOTA DINAS", "Nomor: " + number, "Sifat : Segera",
                "Kepala Dinas Kesehatan Provinsi Kalimantan Barat", "paling lambat tanggal " + IndonesianDates.date(by),
                requestNumber)) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("Dinas Pendidikan"), text);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/reminders").then()
                .body("[0].memo.pdfSha256", nullValue());
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + id + "/reminders").then()
                .body("[0].memo.pdfSha256", equalTo(pdf.header("ETag").replace("\"", "")));
    }

    @Test
    void aReminderIsRefusedWhenEveryUnitRepliedOrTheCaseIsNoLongerCollecting() {
        String all = Cases.open();
        Cases.issueMemo(all);
        Cases.submit(all, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 85)));
        Cases.submit(all, Cases.UNIT_B, List.of(Cases.row("IKU-3", 1000, 700, 960)));
        dueDatePassed(all);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + all + "/late-units").then()
                .body("pastDue", equalTo(true)).body("lateUnits", hasSize(0));
        remind(Tokens.kabag(), all, replyBy(TODAY.plusDays(3)), null).then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("NO_LATE_UNITS"));

        String forwarded = pastDueWithDinkesLate();
        Cases.forward(forwarded);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + forwarded + "/late-units").then()
                .body("lateUnits.unitCode", contains(Cases.UNIT_A));
        remind(Tokens.kabag(), forwarded, replyBy(TODAY.plusDays(3)), null).then().statusCode(409)
                .contentType(PROBLEM).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("FORWARDED")).body("action", equalTo("REMIND_LATE_UNITS"));

        String notAsked = Cases.open();
        dueDatePassed(notAsked);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + notAsked + "/late-units").then()
                .body("lateUnits", hasSize(0));
        remind(Tokens.kabag(), notAsked, replyBy(TODAY.plusDays(3)), null).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("currentState", equalTo("OPEN"));
        assertEquals(0, count("select count(*) from memo where case_id = ?1 and kind = 'LATE_REMINDER'", forwarded));
    }

    @Test
    void aReplyByDateInThePastOrMissingOrFarIsBadInput() {
        String id = pastDueWithDinkesLate();
        remind(Tokens.kabag(), id, replyBy(TODAY.minusDays(1)), null).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("replyBy"));
        remind(Tokens.kabag(), id, replyBy(TODAY.plusYears(2)), null).then().statusCode(400)
                .body("violations[0].field", equalTo("replyBy"));
        remind(Tokens.kabag(), id, Map.of(), null).then().statusCode(400).contentType(PROBLEM);
        remind(Tokens.kabag(), id, Map.of("replyBy", "besok"), null).then().statusCode(400).contentType(PROBLEM);
        remind(Tokens.kabag(), id, Map.of("replyBy", TODAY.plusDays(2).toString(), "note", "x".repeat(2001)), null)
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals(0, count("select count(*) from memo where case_id = ?1 and kind = 'LATE_REMINDER'", id));
    }

    @Test
    void onlyTheKabagRemindsAndOnlyTheBureauReadsTheLateUnits() {
        String id = pastDueWithDinkesLate();
        for (String token : List.of(Tokens.karo(), Tokens.kasubbag(), Tokens.pelaksana(), Tokens.auditor(),
                Tokens.unit(Cases.UNIT_A), Cases.admin())) {
            remind(token, id, replyBy(TODAY.plusDays(3)), null).then().statusCode(403).contentType(PROBLEM)
                    .body("code", equalTo("FORBIDDEN"));
        }
        for (String token : List.of(Tokens.pelaksana(), Tokens.unit(Cases.UNIT_A), Tokens.arsiparis(),
                Cases.admin())) {
            given().auth().oauth2(token).get("/api/v1/cases/" + id + "/late-units").then().statusCode(403)
                    .contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
        }
        given().get("/api/v1/cases/" + id + "/late-units").then().statusCode(401);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + UUID.randomUUID() + "/late-units").then()
                .statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/reminders/" + UUID.randomUUID() + "/pdf")
                .then().statusCode(404).contentType(PROBLEM);
        assertEquals(0, count("select count(*) from memo where case_id = ?1 and kind = 'LATE_REMINDER'", id));
    }
}
