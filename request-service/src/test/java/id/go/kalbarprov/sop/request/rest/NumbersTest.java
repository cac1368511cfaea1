package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as callers send them: one rule for decimal text, and "not computable" said with its reason. */
@QuarkusTest
class NumbersTest {

    @Inject
    EntityManager em;

    private long rows() {
        return ((Number) em.createNativeQuery("select count(*) from indicator_row").getSingleResult()).longValue();
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource(delimiter = ';', value = {
            "0.500; a leading 0 can never start a thousands group",
            "0.125; a leading 0 can never start a thousands group",
            "1.5; a group after the first must have exactly three digits",
            "12.50; a group after the first must have exactly three digits",
            "012; does not start with 0"})
    void decimalTextOutsideTheIndonesianFormIsA400NamingTheFieldAndWhy(String text, String why) {
        String id = Cases.open();
        Cases.issueMemo(id);
        long before = rows();
        Map<String, Object> row = new HashMap<>(Cases.row("IKU-1", 100, 80, 90));
        row.put("actualCorrected", text);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(row))).post("/api/v1/cases/" + id + "/submissions").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("rows[0].actualCorrected"))
                .body("violations[0].message", containsString(why))
                .body("violations[0].message", containsString("use 1.234,5 (Indonesian) or a JSON number"));
        assertEquals(before, rows());
    }

    @Test
    void theIndonesianFormAndJsonNumbersAreStoredExactly() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Map<String, Object> row = new HashMap<>(Cases.row("IKU-1", "1.234,5", "0,5", "1.234"));
        row.put("indicatorCode", "IKU-1");
        List<String> ids = Cases.submit(id, Cases.UNIT_A,
                List.of(row, Cases.row("IKU-2", new BigDecimal("12.5"), new BigDecimal("0.500"), 7)));
        // the targets sent differ from the agreement's, so they are the units' corrected targets
        assertEquals(0, new BigDecimal("1234.5").compareTo(column("target_corrected", ids.get(0))));
        assertEquals(0, new BigDecimal("100").compareTo(column("target", ids.get(0))), "the agreement's");
        assertEquals(0, new BigDecimal("0.5").compareTo(column("actual_reported", ids.get(0))));
        assertEquals(0, new BigDecimal("1234").compareTo(column("actual_corrected", ids.get(0))));
        assertEquals(0, new BigDecimal("12.5").compareTo(column("target_corrected", ids.get(1))));
        assertEquals(0, new BigDecimal("0.5").compareTo(column("actual_reported", ids.get(1))));
    }

    private BigDecimal column(String column, String rowId) {
        return (BigDecimal) em.createNativeQuery("select " + column + " from indicator_row where id = ?1")
                .setParameter(1, UUID.fromString(rowId)).getSingleResult();
    }

    /** Target 0, and a negative actual under the default INVERSE_RATIO: a null achievement, with its reason. */
    @Test
    void notComputableIsCarriedWithItsReasonIntoTheDraftVersion() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Map<String, Object> negative = new HashMap<>(Cases.row("IKU-N", 2, 3, "-1"));
        negative.put("direction", "LOWER_IS_BETTER");
        List<String> rowIds = Cases.submit(id, Cases.UNIT_A,
                List.of(Cases.row("IKU-0", 0, 80, 90), negative, Cases.row("IKU-1", 100, 80, 90)));
        Cases.forward(id);
        Cases.assign(id, "pelaksana.one");

        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases/" + id + "/analysis").then().statusCode(200)
                .body("lowerIsBetterConvention", equalTo("INVERSE_RATIO"))
                .body("notComputableCount", equalTo(2))
                .body("rows.find { it.indicatorCode == 'IKU-0' }.achievementAfter.notComputable",
                        equalTo("TARGET_ZERO"))
                .body("rows.find { it.indicatorCode == 'IKU-N' }.achievementAfter.percent", nullValue())
                .body("rows.find { it.indicatorCode == 'IKU-N' }.achievementAfter.notComputable",
                        equalTo("NEGATIVE_ACTUAL"))
                .body("rows.find { it.indicatorCode == 'IKU-N' }.achievementBefore.percent", equalTo(66.67f));

        Cases.compose(id, rowIds, null);
        assertEquals(1, Cases.submitDraft(id));
        String rowOf = "content.rows.find { it.indicatorCode == '%s' }.";
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + id + "/drafts/1").then().statusCode(200)
                .body(rowOf.formatted("IKU-0") + "achievementAfter", nullValue())
                .body(rowOf.formatted("IKU-0") + "achievementAfterNotComputable", equalTo("TARGET_ZERO"))
                .body(rowOf.formatted("IKU-0") + "achievementBeforeNotComputable", equalTo("TARGET_ZERO"))
                .body(rowOf.formatted("IKU-N") + "achievementAfter", nullValue())
                .body(rowOf.formatted("IKU-N") + "achievementAfterNotComputable", equalTo("NEGATIVE_ACTUAL"))
                .body(rowOf.formatted("IKU-N") + "achievementBefore", equalTo("66.67"))
                .body(rowOf.formatted("IKU-N") + "achievementBeforeNotComputable", nullValue())
                .body(rowOf.formatted("IKU-1") + "achievementAfter", equalTo("90"))
                .body(rowOf.formatted("IKU-1") + "achievementAfterNotComputable", nullValue());

        // what is hashed and signed is the stored text: the reason is in it
        String stored = (String) em.createNativeQuery(
                        "select content from draft_version where case_id = ?1 and number = 1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        org.junit.jupiter.api.Assertions.assertTrue(stored.contains("\"achievementAfterNotComputable\":\"TARGET_ZERO\""),
                stored);
        org.junit.jupiter.api.Assertions.assertTrue(
                stored.contains("\"achievementAfterNotComputable\":\"NEGATIVE_ACTUAL\""), stored);
    }
}
