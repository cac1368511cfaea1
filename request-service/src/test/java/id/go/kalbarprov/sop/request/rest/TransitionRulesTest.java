package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each operation in a state that does not allow it: 409 with the current state, and nothing changes. */
@QuarkusTest
class TransitionRulesTest {

    private static void assertState(String id, String state) {
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id).then().body("state", equalTo(state));
    }

    @Test
    void unitsCannotSubmitBeforeTheMemo() {
        String id = Cases.open();
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-1", 1, 1, 1))))
                .post("/api/v1/cases/" + id + "/submissions").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("currentState", equalTo("OPEN"));
        assertState(id, "OPEN");
    }

    @Test
    void theMemoIsIssuedOnce() {
        String id = Cases.open();
        Cases.issueMemo(id);
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Cases.memoBody())
                .post("/api/v1/cases/" + id + "/memo").then().statusCode(409).body("currentState", equalTo("COLLECTING"));
    }

    @Test
    void forwardingNeedsTheMemoAndAtLeastOneSubmission() {
        String id = Cases.open();
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + id + "/forward").then().statusCode(409).body("currentState", equalTo("OPEN"));
        Cases.issueMemo(id);
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + id + "/forward").then().statusCode(422).body("code", equalTo("RULE_VIOLATED"));
        assertState(id, "COLLECTING");
    }

    @Test
    void noSubmissionsAfterForwarding() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        Cases.forward(id);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-1", 1, 1, 1))))
                .post("/api/v1/cases/" + id + "/submissions").then().statusCode(409)
                .body("currentState", equalTo("FORWARDED"));
    }

    @Test
    void assignmentNeedsForwardedMaterial() {
        String id = Cases.open();
        Cases.issueMemo(id);
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", "p"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(409)
                .body("currentState", equalTo("COLLECTING"));
    }

    @Test
    void draftCannotBeSubmittedBeforeItIsComposedNorTwice() {
        Cases.Drafting c = Cases.drafting();
        given().auth().oauth2(Tokens.pelaksana()).post("/api/v1/cases/" + c.id() + "/draft/submit").then()
                .statusCode(422).body("code", equalTo("RULE_VIOLATED"));
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        given().auth().oauth2(Tokens.pelaksana()).post("/api/v1/cases/" + c.id() + "/draft/submit").then()
                .statusCode(409).body("currentState", equalTo("IN_REVIEW"));
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("rowIds", c.rowsA())).put("/api/v1/cases/" + c.id() + "/draft").then().statusCode(409);
    }

    @Test
    void aReturnNeedsADraftInReviewAndTheVersionUnderReview() {
        Cases.Drafting c = Cases.drafting();
        Map<String, Object> ret = Cases.returned(c.id(), 1, "x", Map.of("rows", List.of()), 1);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(ret)
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(409)
                .body("currentState", equalTo("DRAFTING"));
        Cases.compose(c.id(), c.rowsA(), null);
        Cases.submitDraft(c.id());
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Cases.returned(c.id(), 7, "x", Cases.draftContent(c.id(), 1), 1))
                .post("/api/v1/cases/" + c.id() + "/returns").then().statusCode(409).body("code", equalTo("CONFLICT"));
        assertState(c.id(), "IN_REVIEW");
    }

    @Test
    void draftRowsMustBeCurrentRowsOfTheCase() {
        Cases.Drafting c = Cases.drafting();
        given().auth().oauth2(Tokens.pelaksana()).contentType(ContentType.JSON)
                .body(Map.of("rowIds", List.of(UUID.randomUUID().toString())))
                .put("/api/v1/cases/" + c.id() + "/draft").then().statusCode(400)
                .body("violations[0].field", equalTo("rowIds[0]"));
    }

    @Test
    void unknownCaseIsNotFound() {
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON).body(Cases.memoBody())
                .post("/api/v1/cases/" + UUID.randomUUID() + "/memo").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }
}
