package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Buku Agenda: every document of steps 1–4 goes to the agenda book through the outbox, with its own number and date,
 * direction, parties, classification, attachments, case and SOP step.
 */
@QuarkusTest
class AgendaRegistrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERFORMANCE_ACCOUNTABILITY = "000.8.6.3";

    @Inject
    EntityManager em;

    /** The case's agenda registrations in the outbox, by the document part of their source reference, in order. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> registrations(String caseId) {
        List<?> payloads = em.createNativeQuery("select cast(payload as text) from outbox_event "
                        + "where aggregate_id = ?1 and type = 'AgendaRegistration' order by created_at, id")
                .setParameter(1, UUID.fromString(caseId)).getResultList();
        Map<String, Map<String, Object>> byDocument = new LinkedHashMap<>();
        for (Object payload : payloads) {
            try {
                Map<String, Object> registration = JSON.readValue((String) payload, Map.class);
                String ref = (String) registration.get("sourceRef");
                assertEquals(caseId, registration.get("caseId"));
                assertTrue(byDocument.put(ref.substring(caseId.length() + 1), registration) == null, ref);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return byDocument;
    }

    private static String today() {
        return OfficeTime.dateOf(Instant.now()).toString();
    }

    private static String openWithLetter(LocalDate letterDate, Instant receivedAt) {
        Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
        body.put("letter", Map.of("number", "005/123/BAPPEDA/2026", "date", letterDate.toString(),
                "from", "Kepala BAPPEDA", "receivedAt", receivedAt.toString()));
        return given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static void submitWithLetter(String caseId, String unit, Map<String, Object> letter) {
        Map<String, Object> body = new HashMap<>(letter);
        body.put("rows", List.of(Cases.row("IKU-1", 100, 80, 90)));
        given().auth().oauth2(Tokens.unit(unit)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(201);
    }

    @Test
    void theIncomingLetterIsRegisteredWithItsOwnNumberAndDateAndTheDispositionWithItsOwnDate() {
        LocalDate letterDate = OfficeTime.dateOf(Instant.now()).minusDays(10);
        Instant received = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String id = openWithLetter(letterDate, received);

        Map<String, Map<String, Object>> agenda = registrations(id);
        assertEquals(List.of("IncomingLetter", "Disposition"), List.copyOf(agenda.keySet()));
        Map<String, Object> letter = agenda.get("IncomingLetter");
        assertEquals("IN", letter.get("direction"));
        assertEquals(1, letter.get("step"));
        assertEquals("005/123/BAPPEDA/2026", letter.get("documentNumber"));
        assertEquals(letterDate.toString(), letter.get("documentDate"));
        assertEquals("Kepala BAPPEDA", letter.get("from"));
        assertEquals("Karo Organisasi", letter.get("to"));
        assertEquals(PERFORMANCE_ACCOUNTABILITY, letter.get("classification"));
        assertEquals(received, Instant.parse((String) letter.get("date")));

        // The disposition does not borrow the letter's number: it has none, and its date is the day it was given.
        Map<String, Object> disposition = agenda.get("Disposition");
        assertEquals("INTERNAL", disposition.get("direction"));
        assertEquals(1, disposition.get("step"));
        assertNull(disposition.get("documentNumber"));
        assertEquals(today(), disposition.get("documentDate"));
        assertEquals("Test karo.one", disposition.get("from"));
        assertEquals("Kabag Tatalaksana", disposition.get("to"));
        assertTrue(((String) disposition.get("remarks")).contains("005/123/BAPPEDA/2026"), disposition.toString());
    }

    @Test
    void aCaseWithoutALetterRegistersOnlyItsDisposition() {
        String id = Cases.open();
        assertEquals(List.of("Disposition"), List.copyOf(registrations(id).keySet()));
    }

    @Test
    void theNotaDinasCarriesItsNumberDateAttachmentsAndThePerformanceAccountabilityClassification() {
        String id = Cases.open();
        Map<String, Object> memo = new HashMap<>(Cases.memoBody());
        memo.put("attachments", 3);
        String number = given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(memo)
                .post("/api/v1/cases/" + id + "/memo").then().statusCode(201).extract().path("number");
        assertTrue(number.startsWith(PERFORMANCE_ACCOUNTABILITY + "/"), number);

        Map<String, Object> registered = registrations(id).get("Memo");
        assertEquals("OUT", registered.get("direction"));
        assertEquals(1, registered.get("step"));
        assertEquals(number, registered.get("documentNumber"));
        assertEquals(today(), registered.get("documentDate"));
        assertEquals(3, registered.get("attachments"));
        assertEquals(PERFORMANCE_ACCOUNTABILITY, registered.get("classification"));
        assertEquals("Kepala Dinas Kesehatan Provinsi Kalimantan Barat; "
                + "Kepala Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat", registered.get("to"),
                "the memo is addressed to the units' heads by post, not by code");
    }

    @Test
    void eachUnitsReplyIsRegisteredWithTheUnitAsSenderAndItsLetterIfItSentOne() {
        String id = Cases.open();
        Cases.issueMemo(id);
        LocalDate letterDate = OfficeTime.dateOf(Instant.now()).minusDays(1);
        submitWithLetter(id, Cases.UNIT_A, Map.of("letterNumber", "800/45/DINKES/2026",
                "letterDate", letterDate.toString(), "attachments", 2));
        Cases.submit(id, Cases.UNIT_B, List.of(Cases.row("IKU-3", 100, 70, 75)));
        submitWithLetter(id, Cases.UNIT_A, Map.of("letterNumber", "800/46/DINKES/2026", "attachments", 1));

        Map<String, Map<String, Object>> agenda = registrations(id);
        Map<String, Object> first = agenda.get("Reply-DINKES-1");
        assertEquals("IN", first.get("direction"));
        assertEquals(2, first.get("step"));
        assertEquals(Cases.UNIT_A, first.get("from"));
        assertEquals("Kabag Tatalaksana", first.get("to"));
        assertEquals("800/45/DINKES/2026", first.get("documentNumber"));
        assertEquals(letterDate.toString(), first.get("documentDate"));
        assertEquals(2, first.get("attachments"));
        assertEquals(PERFORMANCE_ACCOUNTABILITY, first.get("classification"));

        Map<String, Object> withoutLetter = agenda.get("Reply-DISDIK-1");
        assertEquals(Cases.UNIT_B, withoutLetter.get("from"));
        assertNull(withoutLetter.get("documentNumber"));
        assertEquals(today(), withoutLetter.get("documentDate"));
        assertEquals(0, withoutLetter.get("attachments"));

        Map<String, Object> resubmitted = agenda.get("Reply-DINKES-2");
        assertEquals("800/46/DINKES/2026", resubmitted.get("documentNumber"));
        assertEquals(today(), resubmitted.get("documentDate"));
        assertEquals(1, resubmitted.get("attachments"));

        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/submissions?unit=" + Cases.UNIT_A)
                .then().statusCode(200)
                .body("find { it.revision == 1 }.letterNumber", equalTo("800/45/DINKES/2026"))
                .body("find { it.revision == 1 }.letterDate", equalTo(letterDate.toString()))
                .body("find { it.revision == 1 }.attachments", equalTo(2));
    }

    @Test
    void aReplyDatedInTheFutureIsRefusedAndNothingIsRegistered() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Map<String, Object> body = new HashMap<>();
        body.put("letterDate", OfficeTime.dateOf(Instant.now()).plusDays(2).toString());
        body.put("rows", List.of(Cases.row("IKU-1", 100, 80, 90)));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + id + "/submissions").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("letterDate"));
        body.put("letterDate", OfficeTime.dateOf(Instant.now()).toString());
        body.put("attachments", -1);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + id + "/submissions").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("attachments"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/submissions").then().statusCode(200)
                .body("size()", equalTo(0));
        assertEquals(List.of("Disposition", "Memo"), List.copyOf(registrations(id).keySet()));
    }

    @Test
    void forwardingAssignmentAndEachDraftVersionAreRegisteredWithTheirSteps() {
        Cases.Drafting drafting = Cases.drafting();
        Cases.compose(drafting.id(), drafting.allRows(), null);
        Cases.submitDraft(drafting.id());

        Map<String, Map<String, Object>> agenda = registrations(drafting.id());
        assertEquals(List.of("Disposition", "Memo", "Reply-DINKES-1", "Reply-DISDIK-1", "ForwardedMaterial"),
                List.copyOf(agenda.keySet()).subList(0, 5));
        Map<String, Object> forwarded = agenda.get("ForwardedMaterial");
        assertEquals(2, forwarded.get("step"));
        assertEquals("Kasubbag TU", forwarded.get("to"));
        assertEquals(2, forwarded.get("attachments"), "the two units' submissions go with it");
        assertEquals(today(), forwarded.get("documentDate"));

        Map<String, Object> assignment = agenda.entrySet().stream().filter(e -> e.getKey().startsWith("Assignment-"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertEquals(3, assignment.get("step"));
        assertEquals("Pelaksana Satu, Analis Kebijakan Ahli Pertama", assignment.get("to"),
                "the order names the pelaksana as the register of officers knows them");
        assertEquals(PERFORMANCE_ACCOUNTABILITY, assignment.get("classification"));

        Map<String, Object> draft = agenda.get("DraftVersion-1");
        assertEquals(4, draft.get("step"));
        assertEquals("Kasubbag TU", draft.get("to"));
        assertEquals(today(), draft.get("documentDate"));
        assertEquals(PERFORMANCE_ACCOUNTABILITY, draft.get("classification"));
    }
}
