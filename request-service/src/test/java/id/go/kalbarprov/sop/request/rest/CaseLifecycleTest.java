package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The happy path through steps 1–4, and a revision round. */
@QuarkusTest
class CaseLifecycleTest {

    @Inject
    EntityManager em;

    @Test
    void caseReachesSubmittedForReviewThroughStepsOneToFour() {
        String id = Cases.open();
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("disposition.fromUpn", equalTo("karo.one"))
                .body("disposition.fromNipPrinted", equalTo("19660921 198603 1 004"));

        String number = Cases.issueMemo(id);
        org.hamcrest.MatcherAssert.assertThat(number, matchesPattern("000\\.8\\.6\\.3/\\d+/ORG/\\d{4}"));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + id + "/memo").then()
                .statusCode(200).body("number", equalTo(number)).body("to", contains("Kepala Dinas Kesehatan Provinsi Kalimantan Barat",
                        "Kepala Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat"))
                .body("addressees.unitCode", contains(Cases.UNIT_A, Cases.UNIT_B))
                .body("addressees.unitName", contains("Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan"));

        List<String> rowsA = Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 90)));
        Cases.submit(id, Cases.UNIT_B, List.of(Cases.row("IKU-3", "1.000", "700,5", "950")));
        Cases.forward(id);
        Cases.assign(id, "pelaksana.one");

        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + id + "/analysis").then().statusCode(200)
                .body("rowCount", equalTo(2))
                .body("missingUnits", hasSize(0))
                .body("rows.find { it.indicatorCode == 'IKU-1' }.achievementBefore.percent", equalTo(80.00f))
                .body("rows.find { it.indicatorCode == 'IKU-1' }.achievementAfter.percent", equalTo(90.00f))
                .body("rows.find { it.indicatorCode == 'IKU-3' }.actualReported", equalTo(700.5f))
                .body("rows.find { it.indicatorCode == 'IKU-3' }.outsized", equalTo(true));

        Cases.compose(id, rowsA, null);
        int version = Cases.submitDraft(id);
        assertEquals(1, version);

        var draft = given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + id + "/drafts/1").then()
                .statusCode(200).body("contentHash", matchesPattern("[0-9a-f]{64}")).extract();
        String stored = (String) em.createNativeQuery(
                        "select content from draft_version where case_id = ?1 and number = 1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertEquals(ContentHash.sha256(stored), draft.path("contentHash"));

        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id).then()
                .body("state", equalTo("IN_REVIEW")).body("draftVersions", equalTo(1));
        Number outbox = (Number) em.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = ?1 and type = 'DraftSubmitted'")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertEquals(1, outbox.intValue());

        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("state", equalTo("IN_REVIEW"))
                .body("steps.step", hasItems(1, 2, 3, 4))
                .body("steps.findAll { it.doneAt != null }", hasSize(5))
                .body("events.kind", hasItems("DISPOSITION", "MEMO_ISSUED", "UNIT_SUBMITTED", "FORWARDED",
                        "ASSIGNED", "DRAFT_SUBMITTED"));
    }

    @Test
    void returnedDraftIsRevisedAndSubmittedAsTheNextVersion() {
        Cases.Drafting c = Cases.drafting();
        int draftVersion = Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());

        Map<String, Object> ret = Cases.returned(c.id(), 1, "Baris IKU-3 belum dimasukkan");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(ret)
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(200).body("applied", equalTo(true));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(ret)
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(200).body("applied", equalTo(false));

        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id()).then()
                .body("state", equalTo("REVISION"));
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/drafts").then()
                .body("[0].returnReason", equalTo("Baris IKU-3 belum dimasukkan"));

        Cases.compose(c.id(), c.allRows(), draftVersion);
        assertEquals(2, Cases.submitDraft(c.id()));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + c.id() + "/drafts/2").then()
                .body("content.rows", hasSize(3)).body("content.version", equalTo(2));
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/tasks").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + c.id() + "' }", hasSize(0));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + c.id() + "/timeline").then()
                .body("events.kind", hasItems("RETURNED_FOR_REVISION", "DRAFT_RESUBMITTED"))
                .body("steps.findAll { it.step == 4 }", hasSize(2));
    }

    @Test
    void resubmissionSupersedesButTheEarlierStaysReadable() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 85)));
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 100, 80, 88)));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/submissions").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].revision", equalTo(1)).body("[0].current", equalTo(false))
                .body("[0].supersededAt", notNullValue())
                .body("[1].revision", equalTo(2)).body("[1].current", equalTo(true))
                .body("[1].rows[0].actualCorrected", equalTo(88));
    }
}
