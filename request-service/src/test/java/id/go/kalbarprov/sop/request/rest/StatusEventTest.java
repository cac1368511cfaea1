package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Steps 5–10 reported by the other services land on the case's timeline, once, and in order. */
@QuarkusTest
class StatusEventTest {

    @jakarta.inject.Inject
    id.go.kalbarprov.sop.platform.calendar.WorkingTime workingTime;

    private static Map<String, Object> event(int step, String kind, String status, String actorUpn) {
        Map<String, Object> e = new HashMap<>();
        e.put("eventId", UUID.randomUUID().toString());
        e.put("type", "CaseStatus");
        e.put("step", step);
        e.put("kind", kind);
        if (status != null) {
            e.put("status", status);
        }
        e.put("at", Instant.now().toString());
        e.put("actionableAt", Instant.now().minusSeconds(600).toString());
        e.put("standardMinutes", step <= 7 ? 20 : 5);
        e.put("actor", Map.of("upn", actorUpn, "name", "Officer " + actorUpn, "acting", false));
        e.put("version", 1);
        e.put("contentHash", "a".repeat(64));
        return e;
    }

    /** Steps 5–7 come from review-service, 8–10 from archive-service. */
    private static void post(String caseId, Map<String, Object> event, int status) {
        given().auth().oauth2((int) event.get("step") <= 7 ? Tokens.service() : Tokens.archiveService()).contentType(ContentType.JSON).body(event)
                .post("/api/v1/cases/" + caseId + "/status-events").then().statusCode(status);
    }

    private static String inReview() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        return c.id();
    }

    @Test
    void stepsFiveToTenFillTheTimelineAndMoveTheCaseToArchived() {
        String id = inReview();
        post(id, event(5, "PARAF", null, "kasubbag.one"), 200);
        post(id, event(6, "PARAF", null, "kabag.one"), 200);
        Map<String, Object> signature = event(7, "SIGNATURE", "SIGNED", "karo.one");
        post(id, signature, 200);
        // the step's actual time is its working minutes (office hours only), as the reports count it
        float signingMinutes = java.math.BigDecimal.valueOf(workingTime.calendar().workingTimeBetween(
                        Instant.parse((String) signature.get("actionableAt")), Instant.parse((String) signature.get("at")))
                .toSeconds()).divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP).floatValue();
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id).then().body("state", equalTo("SIGNED"));
        post(id, event(8, "ARCHIVE_ORDERED", null, "kabag.one"), 200);
        post(id, event(9, "ARCHIVIST_DELEGATED", null, "kasubbag.one"), 200);
        post(id, event(10, "FILED", "ARCHIVED", "arsip.one"), 200);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("state", equalTo("ARCHIVED"))
                .body("steps.step", hasItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body("steps.find { it.step == 7 }.actualMinutes", equalTo(signingMinutes))
                .body("events.kind", hasItems("PARAF", "SIGNATURE", "FILED"))
                .body("whoseTurn", hasSize(0));
    }

    @Test
    void aRepeatedEventChangesNothing() {
        String id = inReview();
        Map<String, Object> paraf = event(5, "PARAF", null, "kasubbag.one");
        post(id, paraf, 200);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(paraf)
                .post("/api/v1/cases/" + id + "/status-events").then().statusCode(200).body("applied", equalTo(false));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("events.findAll { it.kind == 'PARAF' }", hasSize(1));
    }

    @Test
    void filingBeforeTheSignatureIsRefusedSoTheSenderRetriesInOrder() {
        String id = inReview();
        Map<String, Object> filed = event(10, "FILED", "ARCHIVED", "arsip.one");
        post(id, filed, 409);
        post(id, event(7, "SIGNATURE", "SIGNED", "karo.one"), 200);
        post(id, filed, 200);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id).then().body("state", equalTo("ARCHIVED"));
    }

    @Test
    void onlyServicesReportAndOnlyStepsFiveToTen() {
        String id = inReview();
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(event(7, "SIGNATURE", "SIGNED", "k"))
                .post("/api/v1/cases/" + id + "/status-events").then().statusCode(403);
        post(id, event(4, "DRAFT", null, "x"), 400);
        Map<String, Object> unknown = event(7, "SIGNATURE", "DESTROYED", "k");
        post(id, unknown, 400);
    }
}
