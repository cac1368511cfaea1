package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules beyond roles: units see and write only their own; only the assigned pelaksana works the draft. */
@QuarkusTest
class ObjectLevelAccessTest {

    /** Everything a case holds that an officer reads: the case, its rows, memo, analysis, drafts and timeline. */
    static final List<String> CASE_PARTS = List.of("", "/submissions", "/memo", "/analysis", "/draft", "/drafts",
            "/drafts/1", "/timeline");

    @Test
    void aUnitCannotSubmitRowsForAnotherUnit() {
        String id = Cases.open();
        Cases.issueMemo(id);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", Cases.UNIT_B, "rows", List.of(Cases.row("IKU-1", 1, 1, 1))))
                .post("/api/v1/cases/" + id + "/submissions").then().statusCode(403)
                .body("code", equalTo("OTHER_UNIT"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/submissions").then()
                .body("", hasSize(0));
    }

    @Test
    void aUnitNotAddressedNeitherSeesNorWritesTheCase() {
        String id = Cases.open();
        Cases.issueMemo(id);
        String stranger = Tokens.unit("BAPPEDA");
        given().auth().oauth2(stranger).get("/api/v1/cases/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/cases/" + id + "/memo").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/cases/" + id + "/submissions").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/cases/" + id + "/timeline").then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-1", 1, 1, 1))))
                .post("/api/v1/cases/" + id + "/submissions").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/cases").then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }", hasSize(0));
    }

    @Test
    void aUnitTokenWithoutUnitClaimCannotSubmit() {
        String id = Cases.open();
        Cases.issueMemo(id);
        given().auth().oauth2(Tokens.of("unit", "nobody", null, null)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-1", 1, 1, 1))))
                .post("/api/v1/cases/" + id + "/submissions").then().statusCode(403);
    }

    @Test
    void aUnitReadsOnlyItsOwnRows() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        Cases.submit(id, Cases.UNIT_B, List.of(Cases.row("IKU-2", 1, 1, 1)));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + id + "/submissions?unit=DISDIK")
                .then().statusCode(200).body("", hasSize(1)).body("unitCode", everyItem(equalTo(Cases.UNIT_A)));
    }

    @Test
    void onlyTheAssignedPelaksanaWorksTheDraft() {
        Cases.Drafting c = Cases.drafting();
        String other = Tokens.pelaksana("pelaksana.two");
        given().auth().oauth2(other).get("/api/v1/cases/" + c.id() + "/analysis").then().statusCode(403)
                .body("code", equalTo("NOT_ASSIGNED"));
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("rowIds", c.rowsA()))
                .put("/api/v1/cases/" + c.id() + "/draft").then().statusCode(403).body("code", equalTo("NOT_ASSIGNED"));
        Cases.compose(c.id(), c.rowsA(), null);
        given().auth().oauth2(other).post("/api/v1/cases/" + c.id() + "/draft/submit").then().statusCode(403);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + c.id()).then().body("state", equalTo("DRAFTING"));
    }

    @Test
    void aPelaksanaNotAssignedReadsNoPartOfTheCase() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        String other = Tokens.pelaksana("pelaksana.two");
        for (String part : CASE_PARTS) {
            given().auth().oauth2(other).get("/api/v1/cases/" + c.id() + part).then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("NOT_ASSIGNED"));
        }
        given().auth().oauth2(other).get("/api/v1/cases?size=100").then().statusCode(200)
                .body("items.findAll { it.id == '" + c.id() + "' }", hasSize(0));
    }

    @Test
    void theAssignedPelaksanaAndTheOverseersReadEveryPartOfTheCase() {
        Cases.Drafting c = Cases.drafting();
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        for (String reader : List.of(Tokens.pelaksana(), Tokens.karo(), Tokens.kabag(), Tokens.kasubbag(),
                Tokens.auditor())) {
            for (String part : CASE_PARTS) {
                given().auth().oauth2(reader).get("/api/v1/cases/" + c.id() + part).then().statusCode(200);
            }
            given().auth().oauth2(reader).get("/api/v1/cases?size=100").then().statusCode(200)
                    .body("items.findAll { it.id == '" + c.id() + "' }", hasSize(1));
        }
    }

    @Test
    void aUnitReadsTheCaseAndMemoAddressedToItWithoutTheOfficialsNips() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        Cases.forward(id);
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("nip", "199003032015031003"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        String unit = Tokens.unit(Cases.UNIT_A);
        given().auth().oauth2(unit).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("disposition.fromUpn", notNullValue()).body("disposition.fromNip", nullValue())
                .body("disposition.fromNipPrinted", nullValue()).body("assigneeNip", nullValue());
        given().auth().oauth2(unit).get("/api/v1/cases?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.disposition.fromNip", nullValue())
                .body("items.find { it.id == '" + id + "' }.assigneeNip", nullValue());
        given().auth().oauth2(unit).get("/api/v1/cases/" + id + "/memo").then().statusCode(200)
                .body("signerName", notNullValue()).body("signerNip", nullValue())
                .body("signerNipPrinted", nullValue());
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("disposition.fromNip", notNullValue()).body("assigneeNip", equalTo("199003032015031003"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/memo").then().statusCode(200)
                .body("signerNip", notNullValue());
    }

    @Test
    void theAssignedPelaksanaIsRecognisedByNip() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        Cases.forward(id);
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("nip", "199003032015031003"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + id + "/analysis").then().statusCode(200);
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/tasks").then()
                .body("items.findAll { it.caseId == '" + id + "' }.task", equalTo(List.of("DRAFT")));
    }

    @Test
    void reassignmentMovesTheDraftToTheNewPelaksana() {
        Cases.Drafting c = Cases.drafting();
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", "pelaksana.two"))
                .post("/api/v1/cases/" + c.id() + "/assignment").then().statusCode(200);
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + c.id() + "/analysis").then().statusCode(403);
        given().auth().oauth2(Tokens.pelaksana("pelaksana.two")).get("/api/v1/cases/" + c.id() + "/analysis")
                .then().statusCode(200);
    }
}
