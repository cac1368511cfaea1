package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A unit's rows take their indicator and target from its performance agreement; what contradicts it is refused. */
@QuarkusTest
class SubmissionAgreementTest {

    @Inject
    EntityManager em;

    private long submissions(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from submission where case_id = ?1")
                .setParameter(1, UUID.fromString(caseId)).getSingleResult()).longValue();
    }

    /** The smallest row a unit sends: the indicator, the actuals and the reason. */
    static Map<String, Object> bare(String code, Object reported, Object corrected) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicatorCode", code);
        row.put("actualReported", reported);
        row.put("actualCorrected", corrected);
        row.put("reason", "Salah input");
        return row;
    }

    private static String collecting() {
        String id = Cases.open();
        Cases.issueMemo(id);
        return id;
    }

    private void refused(String caseId, List<Map<String, Object>> rows, String field, String why) {
        long before = submissions(caseId);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON).body(Map.of("rows", rows))
                .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.message", containsString(why));
        assertEquals(before, submissions(caseId), "nothing stored");
    }

    @Test
    void rowsOfAnotherYearOrPeriodAreRefused() {
        String id = collecting();
        Map<String, Object> year = new HashMap<>(Cases.row("IKU-1", 100, 80, 90));
        year.put("year", 2025);
        refused(id, List.of(year), "rows[0].year", "year 2025 but the case is for 2026");
        Map<String, Object> period = new HashMap<>(Cases.row("IKU-1", 100, 80, 90));
        period.put("period", "Q3");
        refused(id, List.of(bare("IKU-2", 1, 1), period), "rows[1].period", "period Q3 but the case is for Q2");
    }

    @Test
    void anIndicatorTwiceOrOutsideTheAgreementIsRefused() {
        String id = collecting();
        refused(id, List.of(bare("IKU-1", 1, 2), bare("IKU-2", 1, 2), bare("iku-1", 1, 3)),
                "rows[2].indicatorCode", "already in rows[0]");
        refused(id, List.of(bare("IKU-1", 1, 2), bare("IKU-404", 1, 2)), "rows[1].indicatorCode",
                "not in the unit's performance agreement");
    }

    @Test
    void whatTheRowSaysOfTheIndicatorMustBeTheAgreements() {
        String id = collecting();
        Map<String, Object> name = bare("IKU-1", 1, 2);
        name.put("indicatorName", "Indikator lain");
        refused(id, List.of(name), "rows[0].indicatorName", "Indikator IKU-1");
        Map<String, Object> measure = bare("IKU-1", 1, 2);
        measure.put("unitOfMeasure", "orang");
        refused(id, List.of(measure), "rows[0].unitOfMeasure", "(%)");
        Map<String, Object> direction = bare("IKU-1", 1, 2);
        direction.put("direction", "LOWER_IS_BETTER");
        refused(id, List.of(direction), "rows[0].direction", "HIGHER_IS_BETTER");
        Map<String, Object> target = bare("IKU-P", 1, 2);
        target.put("target", 100);
        refused(id, List.of(target), "rows[0].target", "target for the case's period is 40");
        Map<String, Object> noReason = bare("IKU-1", 1, 2);
        noReason.put("targetCorrected", 90);
        refused(id, List.of(noReason), "rows[0].targetCorrectionReason", "needs its targetCorrectionReason");
        Map<String, Object> noTarget = bare("IKU-1", 1, 2);
        noTarget.put("targetCorrectionReason", "Salah");
        refused(id, List.of(noTarget), "rows[0].targetCorrected", "goes with a targetCorrected");
        // the agreement's own values may be sent
        Map<String, Object> agreed = bare("IKU-P", 1, 2);
        agreed.putAll(Map.of("indicatorName", "Indikator IKU-P", "unitOfMeasure", "%", "direction",
                "HIGHER_IS_BETTER", "target", "40", "year", 2026, "period", "Q2"));
        Cases.submit(id, Cases.UNIT_A, List.of(agreed));
    }

    @Test
    void aUnitWithoutAnAgreementForTheYearCannotSubmit() {
        Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
        body.put("targetUnits", List.of("DINSOS"));
        String id = given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        Cases.issueMemo(id);
        given().auth().oauth2(Tokens.unit("DINSOS")).contentType(ContentType.JSON)
                .header("Accept-Language", "id")
                .body(Map.of("rows", List.of(bare("IKU-1", 1, 2)))).post("/api/v1/cases/" + id + "/submissions")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("RULE_VIOLATED"))
                .body("detail", containsString("belum memiliki Perjanjian Kinerja tahun 2026"));
        assertEquals(0, submissions(id));
    }

    @Test
    void theRowTakesTheAgreementsIndicatorAndTargetAndTheSubmissionItsRevision() {
        String id = collecting();
        Map<String, Object> corrected = bare("IKU-1", 80, 90);
        corrected.put("targetCorrected", "112,5");
        corrected.put("targetCorrectionReason", "Target PK salah ketik");
        Cases.submit(id, Cases.UNIT_A, List.of(bare("IKU-P", 30, 36), corrected, bare("IKU-T", 20, 8)));
        String row = "[0].rows.find { it.indicatorCode == '%s' }.";
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/submissions").then().statusCode(200)
                .body("[0].agreementRevision", equalTo(1))
                .body(row.formatted("IKU-P") + "indicatorName", equalTo("Indikator IKU-P"))
                .body(row.formatted("IKU-P") + "unitOfMeasure", equalTo("%"))
                .body(row.formatted("IKU-P") + "year", equalTo(2026))
                .body(row.formatted("IKU-P") + "period", equalTo("Q2"))
                .body(row.formatted("IKU-P") + "target", equalTo(40))
                .body(row.formatted("IKU-1") + "target", equalTo(100))
                .body(row.formatted("IKU-1") + "targetCorrected", equalTo(112.5f))
                .body(row.formatted("IKU-1") + "targetCorrectionReason", equalTo("Target PK salah ketik"))
                .body(row.formatted("IKU-T") + "direction", equalTo("LOWER_IS_BETTER"))
                .body(row.formatted("IKU-T") + "lowerIsBetterConvention", equalTo("TWICE_TARGET_MINUS_ACTUAL"));

        Cases.forward(id);
        Cases.assign(id, "pelaksana.one");
        String a = "rows.find { it.indicatorCode == '%s' }.";
        List<String> rowIds = given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + id + "/analysis")
                .then().statusCode(200)
                // the period's target, not the annual one: 36 of 40
                .body(a.formatted("IKU-P") + "achievementAfter.percent", equalTo(90.0f))
                // against the corrected target: 90 of 112.5
                .body(a.formatted("IKU-1") + "target", equalTo(112.5f))
                .body(a.formatted("IKU-1") + "agreementTarget", equalTo(100))
                .body(a.formatted("IKU-1") + "achievementAfter.percent", equalTo(80.0f))
                // the indicator's own convention: (2 × 10 − 8) / 10
                .body(a.formatted("IKU-T") + "achievementAfter.percent", equalTo(120.0f))
                .extract().path("rows.rowId");
        Cases.compose(id, rowIds, null);
        Cases.submitDraft(id);
        String c = "content.rows.find { it.indicatorCode == '%s' }.";
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + id + "/drafts/1").then().statusCode(200)
                .body("content.lowerIsBetterConvention", equalTo("INVERSE_RATIO"))
                .body(c.formatted("IKU-1") + "target", equalTo("112.5"))
                .body(c.formatted("IKU-1") + "agreementTarget", equalTo("100"))
                .body(c.formatted("IKU-1") + "targetCorrected", equalTo("112.5"))
                .body(c.formatted("IKU-1") + "targetCorrectionReason", equalTo("Target PK salah ketik"))
                .body(c.formatted("IKU-1") + "achievementAfter", equalTo("80"))
                .body(c.formatted("IKU-P") + "target", equalTo("40"))
                .body(c.formatted("IKU-P") + "targetCorrected", nullValue())
                .body(c.formatted("IKU-P") + "lowerIsBetterConvention", nullValue())
                .body(c.formatted("IKU-T") + "lowerIsBetterConvention", equalTo("TWICE_TARGET_MINUS_ACTUAL"))
                .body(c.formatted("IKU-T") + "achievementAfter", equalTo("120"))
                .body(c.formatted("IKU-T") + "achievementBefore", equalTo("0"));
    }

    @Test
    void aSubmissionRecordsTheRevisionCurrentWhenItWasMade() {
        Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
        String unit = "AGS" + System.nanoTime() % 1_000_000;
        Cases.registerUnit(unit, "Unit " + unit, "Kepala Unit " + unit);
        body.put("targetUnits", List.of(unit));
        String id = given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        Cases.issueMemo(id);
        String path = "/api/v1/agreements/" + unit + "/2026";
        given().auth().oauth2(Tokens.role(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(AgreementResourceTest.agreement("PK", List.of(AgreementResourceTest.indicator("IKU-1", 100))))
                .put(path).then().statusCode(201);
        given().auth().oauth2(Tokens.unit(unit)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(bare("IKU-1", 50, 60)))).post("/api/v1/cases/" + id + "/submissions")
                .then().statusCode(201).body("agreementRevision", equalTo(1)).body("rows[0].target", equalTo(100));
        given().auth().oauth2(Tokens.role(Roles.ADMIN)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(AgreementResourceTest.agreement("Revisi", List.of(AgreementResourceTest.indicator("IKU-1", 80))))
                .put(path).then().statusCode(200);
        given().auth().oauth2(Tokens.unit(unit)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(bare("IKU-1", 50, 60)))).post("/api/v1/cases/" + id + "/submissions")
                .then().statusCode(201).body("agreementRevision", equalTo(2)).body("rows[0].target", equalTo(80));
        // the first submission keeps what it was made with
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/submissions").then()
                .body("find { it.revision == 1 }.agreementRevision", equalTo(1))
                .body("find { it.revision == 1 }.rows[0].target", equalTo(100));
    }
}
