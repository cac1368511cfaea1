package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * From the attacker's side: a signed correction is taken from review-service only, and an agenda registration from
 * request-service and review-service only, registered under the service the token names (never the body). Anyone
 * else gets 403 and nothing is stored: no archive order, no quarantined arrival, no agenda entry.
 */
@QuarkusTest
class HandoffSenderTest {

    private static final String SIGNED = "/api/v1/signed-corrections";
    private static final String AGENDA = "/api/v1/agenda";

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static void refusedToAll(Map<String, String> intruders, String path, Object body) {
        intruders.forEach((who, token) -> {
            try {
                post(token, path, body).statusCode(403).contentType("application/problem+json")
                        .body("code", equalTo("FORBIDDEN"));
            } catch (AssertionError e) {
                throw new AssertionError(who + ": " + e.getMessage(), e);
            }
        });
    }

    private static long stored(String table, UUID caseId) {
        return Db.count("SELECT count(*) FROM " + table + " WHERE case_id = ?::uuid", caseId.toString());
    }

    private static Map<String, Object> document(UUID caseId, String sourceRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceRef", sourceRef);
        body.put("caseId", caseId.toString());
        body.put("direction", "INTERNAL");
        body.put("date", "2026-06-15T03:00:00Z");
        body.put("from", "Kasubbag TU");
        body.put("to", "Kabag Tatalaksana");
        body.put("subject", "Penyerahan berkas");
        body.put("attachments", 0);
        return body;
    }

    @Test
    void aSignedCorrectionIsTakenFromReviewServiceOnly() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> correction = Archive.signedCorrection(caseId, 3);
        refusedToAll(Tokens.intruders("review-service"), SIGNED, correction);
        assertEquals(0, stored("archive_order", caseId));
        assertEquals(0, stored("quarantined_arrival", caseId));

        post(Tokens.reviewService(), SIGNED, correction).statusCode(201);
        post(Tokens.fromProvider("review-service"), SIGNED, correction).statusCode(200);
        assertEquals(1, stored("archive_order", caseId));
    }

    @Test
    void anAgendaRegistrationIsTakenFromRequestAndReviewServiceOnly() {
        UUID caseId = UUID.randomUUID();
        refusedToAll(Tokens.intruders("request-service", "review-service"), AGENDA, document(caseId, "memo/1"));
        assertEquals(0, stored("agenda_entry", caseId));
    }

    @Test
    void theRegisteringServiceIsTheCallerNeverTheBody() {
        UUID caseId = UUID.randomUUID();
        String ref = caseId + "/handover";
        Map<String, Object> forged = document(caseId, ref);
        forged.put("sourceService", "request-service");
        post(Tokens.reviewService(), AGENDA, forged).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("sourceService"));
        assertEquals(0, stored("agenda_entry", caseId));

        String byRequest = post(Tokens.requestService(), AGENDA, document(caseId, ref)).statusCode(201)
                .body("sourceService", equalTo("request-service")).extract().path("id");
        post(Tokens.reviewService(), AGENDA, document(caseId, ref)).statusCode(201)
                .body("sourceService", equalTo("review-service")).body("id", not(equalTo(byRequest)));
        post(Tokens.fromProvider("request-service"), AGENDA, document(caseId, ref)).statusCode(200)
                .body("id", equalTo(byRequest));
        assertEquals(2, stored("agenda_entry", caseId));
    }
}
