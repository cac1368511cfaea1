package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One case through all ten steps across the three services, with returns at every level. */
class WholeCaseTest {

    static SystemUnderTest system;
    static Officers officers;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        officers = new Officers(system);
    }

    @Test
    void aCaseGoesThroughAllTenStepsAndIsArchivedWithItsSignedHash() {
        String caseId = officers.caseSubmittedForReview("Koreksi lengkap");
        String reviewId = officers.reviewId(caseId);
        officers.approveChain(reviewId);
        String signedHash = given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId).then().statusCode(200)
                .body("status", equalTo("SIGNED")).extract().path("currentContentHash");

        String recordId = officers.archive(officers.orderId(caseId));
        officers.awaitCaseState(caseId, "ARCHIVED");

        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.ARCHIVE) + "/api/v1/records/" + recordId)
                .then().statusCode(200).body("contentHash", equalTo(signedHash))
                // verified by the archive against review-service's published keyring (GET /api/v1/seals/keys)
                .body("sealsVerified", equalTo(true))
                .body("seals.level", equalTo(List.of(5, 6, 7)))
                .body("seals.post", equalTo(List.of("Kasubbag TU", "Kabag Tatalaksana", "Karo Organisasi")))
                .body("documentNumber", org.hamcrest.Matchers.startsWith("000.8.6.3/"));
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.ARCHIVE) + "/api/v1/records/verification")
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId + "/seals/verification")
                .then().statusCode(200).body("allValid", equalTo(true));
        officers.timeline(caseId).then().statusCode(200).body("state", equalTo("ARCHIVED"))
                .body("steps.step", hasItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        List<String> agendaSources = Officers.await("agenda entries of " + caseId, () -> {
            List<String> refs = given().auth().oauth2(DevTokens.auditor())
                    .get(system.url(Svc.ARCHIVE) + "/api/v1/agenda?caseId=" + caseId + "&size=100")
                    .path("items.sourceRef");
            return refs != null && refs.size() >= 6 ? refs : null;
        });
        assertTrue(agendaSources.stream().anyMatch(r -> r.endsWith("/Memo")), agendaSources.toString());
    }

    @Test
    void returnsAtEveryLevelThenApprovalThenArchiving() {
        String caseId = officers.caseSubmittedForReview("Koreksi dengan pengembalian");
        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.karo(), reviewId, "RETURN", "Periksa lagi angka DISDIK").then().statusCode(201);
        officers.amendActual(DevTokens.kabag(), reviewId, "DISDIK", "92,5").then().statusCode(201)
                .body("content.rows.find { it.unitCode == 'DISDIK' }.achievementAfter", equalTo("92.5"));
        officers.decide(DevTokens.kabag(), reviewId, "RETURN", "Perbaiki").then().statusCode(201);
        officers.decide(DevTokens.kasubbag(), reviewId, "RETURN", "Revisi oleh pelaksana").then().statusCode(201);

        int returnedVersion = officers.currentVersion(reviewId);
        officers.resubmit(caseId);
        officers.awaitResubmission(caseId, returnedVersion);
        // the level-6 correction came back with the return and stays in the pelaksana's next version
        given().auth().oauth2(DevTokens.pelaksana()).get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId
                + "/drafts/1/reviewed").then().statusCode(200)
                .body("changes.find { it.path.endsWith('.actualCorrected') }.after", equalTo("92.5"))
                .body("changes.find { it.path.endsWith('.reviewerNote') }.after", equalTo("Dikoreksi"));
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId
                + "/drafts/2").then().statusCode(200)
                .body("content.rows.find { it.unitCode == 'DISDIK' }.actualCorrected", equalTo("92.5"))
                .body("content.rows.find { it.unitCode == 'DISDIK' }.achievementAfter", equalTo("92.5"))
                .body("content.rows.find { it.unitCode == 'DINKES' }.actualCorrected", equalTo("90.5"));
        officers.approveChain(reviewId);
        officers.archive(officers.orderId(caseId));
        officers.awaitCaseState(caseId, "ARCHIVED");
        List<Integer> versions = given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/drafts").path("number");
        assertEquals(List.of(1, 2), versions);
    }
}
