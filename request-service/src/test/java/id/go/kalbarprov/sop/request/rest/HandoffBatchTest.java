package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The batch endpoint of handoffs: one call, a result per event. A refused event holds back only the later events of
 * its own case (425, not attempted); the other cases' events are applied; a repeat is applied once; each event is
 * taken only from the service that sends its type.
 */
@QuarkusTest
class HandoffBatchTest {

    private static final String PATH = "/api/v1/handoffs/batch";

    private static String inReview() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        return c.id();
    }

    private static Map<String, Object> status(int step, String kind, String status) {
        Map<String, Object> e = new HashMap<>();
        e.put("eventId", UUID.randomUUID().toString());
        e.put("type", "CaseStatus");
        e.put("step", step);
        e.put("kind", kind);
        if (status != null) {
            e.put("status", status);
        }
        e.put("at", Instant.now().toString());
        e.put("actor", Map.of("upn", "someone.one", "name", "Someone", "acting", false));
        e.put("version", 1);
        e.put("contentHash", "a".repeat(64));
        return e;
    }

    private static Map<String, Object> item(String caseId, Map<String, Object> event) {
        return Map.of("eventId", event.get("eventId"), "type", event.get("type"), "caseId", caseId,
                "traceparent", "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01", "event", event);
    }

    @SafeVarargs
    private static ValidatableResponse batch(String token, Map<String, Object>... items) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("events", List.of(items)))
                .post(PATH).then();
    }

    private static ValidatableResponse timeline(String caseId) {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + caseId + "/timeline").then()
                .statusCode(200);
    }

    private static String signed() {
        String id = inReview();
        given().auth().oauth2(Tokens.reviewService()).contentType(ContentType.JSON)
                .body(status(7, "SIGNATURE", "SIGNED")).post("/api/v1/cases/" + id + "/status-events").then()
                .statusCode(200).body("applied", equalTo(true));
        return id;
    }

    @Test
    void aRefusedEventHoldsBackItsOwnCaseOnly() {
        String notSigned = inReview();
        String other = signed();
        Map<String, Object> filedTooEarly = status(10, "FILED", "ARCHIVED");
        Map<String, Object> thenOrdered = status(8, "ARCHIVE_ORDERED", null);
        Map<String, Object> otherOrdered = status(8, "ARCHIVE_ORDERED", null);

        batch(Tokens.archiveService(), item(notSigned, filedTooEarly), item(other, otherOrdered),
                item(notSigned, thenOrdered))
                .statusCode(200)
                .body("results.eventId", contains(filedTooEarly.get("eventId"), otherOrdered.get("eventId"),
                        thenOrdered.get("eventId")))
                .body("results.status", contains(409, 201, 425))
                .body("results[0].problem.code", equalTo("ILLEGAL_TRANSITION"));
        timeline(other).body("events.kind", hasItem("ARCHIVE_ORDERED"));
        timeline(notSigned).body("events.kind", not(hasItem("ARCHIVE_ORDERED")))
                .body("events.kind", not(hasItem("FILED")));
    }

    @Test
    void anInvalidEventHoldsBackItsCaseAndTheRestIsApplied() {
        String id = signed();
        String other = signed();
        Map<String, Object> invalid = status(11, "FILED", null);
        Map<String, Object> later = status(8, "ARCHIVE_ORDERED", null);
        Map<String, Object> fine = status(8, "ARCHIVE_ORDERED", null);
        batch(Tokens.archiveService(), item(id, invalid), item(id, later), item(other, fine))
                .statusCode(200)
                .body("results.status", contains(400, 425, 201))
                .body("results[0].problem.code", equalTo("VALIDATION_FAILED"));
        timeline(other).body("events.kind", hasItem("ARCHIVE_ORDERED"));
        timeline(id).body("events.kind", not(hasItem("ARCHIVE_ORDERED")));
    }

    @Test
    void aDuplicateInABatchIsAppliedOnce() {
        String id = signed();
        Map<String, Object> ordered = status(8, "ARCHIVE_ORDERED", null);
        batch(Tokens.archiveService(), item(id, ordered), item(id, ordered))
                .statusCode(200).body("results.status", contains(201, 200));
        batch(Tokens.archiveService(), item(id, ordered)).statusCode(200).body("results.status", contains(200));
        timeline(id).body("events.findAll { it.kind == 'ARCHIVE_ORDERED' }", hasSize(1));
    }

    @Test
    void eachEventIsTakenFromItsOwnSenderOnly() {
        String id = signed();
        Map<String, Object> paraf = status(5, "PARAF", null);
        Map<String, Object> ret = new HashMap<>(Cases.returned(id, 1, "Baris IKU-3 belum dimasukkan"));
        ret.put("type", "DraftReturned");
        Map<String, Object> ordered = status(8, "ARCHIVE_ORDERED", null);
        String other = signed();
        Map<String, Object> otherOrdered = status(8, "ARCHIVE_ORDERED", null);
        // archive-service may report steps 8–10 only: a step of review and a return are refused, its own applied
        batch(Tokens.archiveService(), item(id, paraf), item(id, ordered), item(other, ret), item(other, otherOrdered))
                .statusCode(200)
                .body("results.status", contains(403, 425, 403, 425));
        batch(Tokens.archiveService(), item(other, otherOrdered)).statusCode(200)
                .body("results.status", contains(201));
        // a person, or a service that sends nothing here, is refused as a whole
        batch(Tokens.karo(), item(id, ordered)).statusCode(403);
        batch(Tokens.requestService(), item(id, ordered)).statusCode(200).body("results.status", contains(403));
        timeline(id).body("events.kind", not(hasItem("ARCHIVE_ORDERED")))
                .body("events.findAll { it.kind == 'PARAF' }", hasSize(0));
    }

    @Test
    void aBatchThatIsNoBatchIsBadInput() {
        given().auth().oauth2(Tokens.archiveService()).contentType(ContentType.JSON).body(Map.of("events", List.of()))
                .post(PATH).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.archiveService()).contentType(ContentType.JSON).body("{\"events\": 3}")
                .post(PATH).then().statusCode(400).contentType("application/problem+json");
        String id = signed();
        batch(Tokens.archiveService(), Map.of("eventId", UUID.randomUUID().toString(), "type", "Nothing",
                "caseId", id, "event", Map.of())).statusCode(200).body("results.status", contains(400));
    }
}
