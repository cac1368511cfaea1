package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * From the attacker's side: a return is taken from review-service only, and a step's report from the service that owns
 * the step (review-service 5–7 and SIGNED, archive-service 8–10 and ARCHIVED). Anyone else gets 403 and the case
 * does not move.
 */
@QuarkusTest
class HandoffSenderTest {

    private static String inReview() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        return c.id();
    }

    private static Map<String, Object> status(int step, String kind, String status) {
        Map<String, Object> e = new java.util.HashMap<>(Map.of("eventId", UUID.randomUUID().toString(),
                "type", "CaseStatus", "step", step, "kind", kind, "at", Instant.now().toString(),
                "actor", Map.of("upn", "someone.one", "name", "Someone", "acting", false), "version", 1,
                "contentHash", "a".repeat(64)));
        if (status != null) {
            e.put("status", status);
        }
        return e;
    }

    private static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static void refused(String who, String token, String path, Map<String, Object> body) {
        try {
            post(token, path, body).statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN"));
        } catch (AssertionError e) {
            throw new AssertionError(who + ": " + e.getMessage(), e);
        }
    }

    private static void stateIs(String caseId, String state) {
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("state", equalTo(state));
    }

    @Test
    void aReturnIsTakenFromReviewServiceOnly() {
        String id = inReview();
        String path = "/api/v1/cases/" + id + "/returns";
        Map<String, Object> ret = Cases.returned(id, 1, "Baris IKU-3 belum dimasukkan");
        Tokens.intruders("review-service").forEach((who, token) -> refused(who, token, path, ret));
        stateIs(id, "IN_REVIEW");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("events.kind", not(hasItem("RETURNED")));

        post(Tokens.reviewService(), path, ret).statusCode(200).body("applied", equalTo(true));
        stateIs(id, "REVISION");
        post(Tokens.fromProvider("review-service"), path, ret).statusCode(200).body("applied", equalTo(false));
    }

    @Test
    void stepReportsAreTakenFromReviewAndArchiveServiceOnly() {
        String id = inReview();
        String path = "/api/v1/cases/" + id + "/status-events";
        Map<String, Object> signed = status(7, "SIGNATURE", "SIGNED");
        Tokens.intruders("review-service", "archive-service").forEach((who, token) -> refused(who, token, path, signed));
        stateIs(id, "IN_REVIEW");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("events.findAll { it.step >= 5 }", hasSize(0));
    }

    @Test
    void eachStatusOnlyFromTheServiceThatOwnsIt() {
        String id = inReview();
        String path = "/api/v1/cases/" + id + "/status-events";
        refused("archive signs", Tokens.archiveService(), path, status(7, "SIGNATURE", "SIGNED"));
        refused("archive initials", Tokens.archiveService(), path, status(5, "PARAF", null));
        refused("review at step 7 claims ARCHIVED", Tokens.reviewService(), path, status(7, "SIGNATURE", "ARCHIVED"));
        refused("step and status of different services", Tokens.reviewService(), path, status(10, "FILED", "SIGNED"));
        stateIs(id, "IN_REVIEW");

        post(Tokens.reviewService(), path, status(7, "SIGNATURE", "SIGNED")).statusCode(200);
        stateIs(id, "SIGNED");
        refused("review files", Tokens.reviewService(), path, status(10, "FILED", "ARCHIVED"));
        refused("review orders archiving", Tokens.reviewService(), path, status(8, "ARCHIVE_ORDERED", null));
        stateIs(id, "SIGNED");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("events.findAll { it.step >= 8 }", hasSize(0));

        post(Tokens.archiveService(), path, status(8, "ARCHIVE_ORDERED", null)).statusCode(200);
        post(Tokens.fromProvider("archive-service"), path, status(10, "FILED", "ARCHIVED")).statusCode(200);
        stateIs(id, "ARCHIVED");
    }
}
