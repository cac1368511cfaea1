package id.go.kalbarprov.sop.review.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Buku Agenda: every handover between review levels (a paraf passes the draft up) and every return (one level down,
 * with the reason) is registered through the outbox, with its step, parties, date and classification.
 */
@QuarkusTest
class AgendaRegistrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The case's agenda registrations in the outbox, by the document part of their source reference. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> registrations(UUID caseId) {
        Map<String, Map<String, Object>> byDocument = new LinkedHashMap<>();
        for (Map<String, Object> row : Db.rows("SELECT payload::text AS payload FROM outbox_event "
                + "WHERE aggregate_id = ? AND type = 'AgendaRegistration' ORDER BY created_at", caseId)) {
            try {
                Map<String, Object> payload = JSON.readValue((String) row.get("payload"), Map.class);
                String ref = (String) payload.get("sourceRef");
                assertTrue(ref.startsWith(caseId + "/"), ref);
                Object earlier = byDocument.put(ref.substring(caseId.toString().length() + 1), payload);
                assertNull(earlier, "registered twice: " + ref);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return byDocument;
    }

    @Test
    void eachParafHandsTheDraftUpAndEachReturnSendsItDownAndBothAreInTheAgenda() {
        UUID id = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.approve(id, Tokens.kabag(), 1);
        ReviewApi.returnDown(id, Tokens.karo(), 1, "Target IKU-1 keliru");
        ReviewApi.amend(id, Tokens.kabag(), 1, "84").statusCode(201);
        ReviewApi.approve(id, Tokens.kabag(), 2);
        ReviewApi.returnDown(id, Tokens.karo(), 2, "Masih keliru");
        ReviewApi.returnDown(id, Tokens.kabag(), 2, "Periksa sumber data");
        ReviewApi.returnDown(id, Tokens.kasubbag(), 2, "Perbaiki analisis");

        Map<String, Map<String, Object>> agenda = registrations(caseId);
        assertEquals(List.of("Handover-1-5", "Handover-1-6", "Return-2-7", "Handover-2-6", "Return-3-7",
                "Return-4-6", "Return-5-5"), List.copyOf(agenda.keySet()));

        String today = OfficeTime.dateOf(Instant.now()).toString();
        Map<String, Object> toKabag = agenda.get("Handover-1-5");
        assertEquals(5, toKabag.get("step"));
        assertEquals("INTERNAL", toKabag.get("direction"));
        assertEquals("Test kasubbag.one", toKabag.get("from"));
        assertEquals("Kabag Tatalaksana", toKabag.get("to"));
        assertEquals("000.8.6.3", toKabag.get("classification"));
        assertEquals(today, toKabag.get("documentDate"));
        assertNull(toKabag.get("documentNumber"));
        assertEquals(0, toKabag.get("attachments"));
        assertTrue(((String) toKabag.get("subject")).contains("version 1"), toKabag.toString());

        Map<String, Object> toKaro = agenda.get("Handover-2-6");
        assertEquals(6, toKaro.get("step"));
        assertEquals("Test kabag.one", toKaro.get("from"));
        assertEquals("Karo Organisasi", toKaro.get("to"));
        assertTrue(((String) toKaro.get("subject")).contains("version 2"), toKaro.toString());

        Map<String, Object> karoReturn = agenda.get("Return-2-7");
        assertEquals(7, karoReturn.get("step"));
        assertEquals("Kabag Tatalaksana", karoReturn.get("to"));
        assertEquals("Target IKU-1 keliru", karoReturn.get("remarks"));
        assertEquals("000.8.6.3", karoReturn.get("classification"));
        assertEquals(today, karoReturn.get("documentDate"));

        assertEquals("Kasubbag TU", agenda.get("Return-4-6").get("to"));
        assertEquals("Periksa sumber data", agenda.get("Return-4-6").get("remarks"));
        assertEquals("Pelaksana", agenda.get("Return-5-5").get("to"));
        assertEquals(5, agenda.get("Return-5-5").get("step"));
        assertEquals("Perbaiki analisis", agenda.get("Return-5-5").get("remarks"));
    }

    @Test
    void theSignatureIsRegisteredAsAStep7Document() {
        UUID id = ReviewApi.signed();
        ReviewApi.awaitSignedDocument(id);
        Map<String, Object> signed = registrations(ReviewApi.caseOf(id)).get("Signed-1");
        assertEquals(7, signed.get("step"));
        assertEquals("000.8.6.3", signed.get("classification"));
        assertEquals(OfficeTime.dateOf(Instant.now()).toString(), signed.get("documentDate"));
    }
}
