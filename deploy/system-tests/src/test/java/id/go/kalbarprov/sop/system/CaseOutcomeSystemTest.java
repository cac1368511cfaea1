package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Case outcomes across the three services: a case withdrawn by the Karo while in review, another closed as "no
 * correction needed" at step 7, a third withdrawn while back with the pelaksana. Each ends in its final state in
 * request-service and review-service, and the agenda book of archive-service registers the outcome.
 */
class CaseOutcomeSystemTest extends SystemTest {

    private static String reviewStatus(String reviewId) {
        return given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId)
                .then().statusCode(200).extract().path("status");
    }

    /** The agenda entry of the case whose source reference ends in {@code document}, once it is registered. */
    private static Map<String, Object> agendaEntry(String caseId, String document) {
        return Officers.await("agenda entry " + document + " of " + caseId, () -> {
            List<Map<String, Object>> items = given().auth().oauth2(DevTokens.auditor())
                    .get(system.url(Svc.ARCHIVE) + "/api/v1/agenda?caseId=" + caseId + "&size=100").path("items");
            return items == null ? null : items.stream()
                    .filter(e -> ((String) e.get("sourceRef")).endsWith("/" + document)).findFirst().orElse(null);
        });
    }

    @Test
    void aCaseWithdrawnInReviewEndsWithdrawnInAllThreeServices() {
        String caseId = officers.caseSubmittedForReview("Koreksi yang ditarik");
        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        // request-service does not own the case in review: its answer names the review's endpoint
        given().auth().oauth2(DevTokens.karo()).contentType(ContentType.JSON).body(Map.of("reason", "Dibatalkan"))
                .post(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/withdrawal").then().statusCode(409)
                .body("reviewId", equalTo(reviewId))
                .body("withdrawalEndpoint", equalTo("/api/v1/reviews/" + reviewId + "/withdrawal"));
        given().auth().oauth2(DevTokens.karo()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Permintaan dibatalkan oleh kementerian"))
                .post(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId + "/withdrawal").then().statusCode(201)
                .body("review.status", equalTo("WITHDRAWN"));

        officers.awaitCaseState(caseId, "WITHDRAWN");
        assertEquals("WITHDRAWN", reviewStatus(reviewId));
        officers.timeline(caseId).then().statusCode(200).body("whoseTurn.size()", equalTo(0))
                .body("events.find { it.kind == 'WITHDRAWN' }.step", equalTo(6))
                .body("events.find { it.kind == 'WITHDRAWN' }.detail",
                        org.hamcrest.Matchers.containsString("Permintaan dibatalkan oleh kementerian"));
        Map<String, Object> entry = agendaEntry(caseId, "Withdrawal");
        assertEquals(6, entry.get("step"));
        assertEquals("000.8.6.3", entry.get("classification"));
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN"));
        given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.ARCHIVE) + "/api/v1/archive-orders?caseId=" + caseId).then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void aCaseClosedAsNoCorrectionNeededEndsClosedInAllThreeServices() {
        String caseId = officers.caseSubmittedForReview("Koreksi yang tidak diperlukan");
        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.karo(), reviewId, "NO_CORRECTION", "Data yang dilaporkan sudah benar")
                .then().statusCode(201).body("seal.act", equalTo("CLOSURE"));

        officers.awaitCaseState(caseId, "CLOSED_NO_CORRECTION");
        assertEquals("CLOSED_NO_CORRECTION", reviewStatus(reviewId));
        officers.timeline(caseId).then().statusCode(200).body("whoseTurn.size()", equalTo(0))
                .body("events.find { it.kind == 'NO_CORRECTION' }.step", equalTo(7));
        Map<String, Object> entry = agendaEntry(caseId, "NoCorrectionNeeded");
        assertEquals(7, entry.get("step"));
        assertEquals(null, entry.get("documentNumber"), "no document number is consumed");
        given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.ARCHIVE) + "/api/v1/archive-orders?caseId=" + caseId).then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void aCaseWithdrawnWhileBackWithThePelaksanaClosesItsReviewThroughTheOutbox() {
        String caseId = officers.caseSubmittedForReview("Koreksi yang ditarik saat revisi");
        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "RETURN", "Revisi oleh pelaksana").then().statusCode(201);
        officers.awaitCaseState(caseId, "REVISION");
        given().auth().oauth2(DevTokens.karo()).contentType(ContentType.JSON).body(Map.of("reason", "Tidak diperlukan"))
                .post(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/withdrawal").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        Officers.await("review " + reviewId + " withdrawn",
                () -> "WITHDRAWN".equals(reviewStatus(reviewId)) ? Boolean.TRUE : null);
        Map<String, Object> entry = agendaEntry(caseId, "Withdrawal");
        assertEquals(4, entry.get("step"));
    }
}
