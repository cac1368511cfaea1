package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RetentionScheduleResourceTest {

    private static final String SCHEDULE = "/api/v1/retention-schedule";

    private static Map<String, Object> rule(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classificationCode", code);
        body.put("title", "Laporan kinerja triwulanan");
        body.put("activeYears", 1);
        body.put("inactiveYears", 4);
        body.put("finalDisposition", "REVIEW");
        body.put("note", "Dinilai kembali oleh arsiparis");
        return body;
    }

    private static String freshCode() {
        return "900." + ThreadLocalRandom.current().nextInt(1, 999) + "." + ThreadLocalRandom.current().nextInt(1, 999);
    }

    @Test
    void theScheduleIsSeededWithTheCodesOfThisSop() {
        given().auth().oauth2(Tokens.pelaksana()).get(SCHEDULE).then().statusCode(200)
                .body("classificationCode", hasItems("000.8.6.3", "000.8.3.3", "000.5.3.1"))
                .body("find { it.classificationCode == '000.8.6.3' }.finalDisposition", equalTo("DESTROY"))
                .body("find { it.classificationCode == '000.8.3.3' }.finalDisposition", equalTo("PERMANENT"))
                .body("find { it.classificationCode == '000.8.3.3' }.activeYears", equalTo(2))
                .body("find { it.classificationCode == '000.5.3.1' }.inactiveYears", equalTo(3));
    }

    @Test
    void theArsiparisExtendsTheScheduleAndRecordsCanBeFiledUnderTheNewCode() {
        String code = freshCode();
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body(rule(code)).post(SCHEDULE)
                .then().statusCode(201).body("classificationCode", equalTo(code)).body("createdBy",
                        equalTo("arsiparis.one"));
        given().auth().oauth2(Tokens.auditor()).get(SCHEDULE).then().body("classificationCode", hasItem(code));

        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("classificationCode", code);
        String recordId = Archive.filed(filing);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/records/" + recordId).then()
                .body("retention.finalDisposition", equalTo("REVIEW"))
                .body("retention.inactiveFrom", equalTo("2028-01-01"))
                .body("retention.dispositionDue", equalTo("2032-01-01"));
    }

    @Test
    void anExistingCodeIsNeverChanged() {
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body(rule("000.8.6.3"))
                .post(SCHEDULE).then().statusCode(409).body("code", equalTo("CONFLICT"));
        given().auth().oauth2(Tokens.auditor()).get(SCHEDULE).then()
                .body("find { it.classificationCode == '000.8.6.3' }.finalDisposition", equalTo("DESTROY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "auditor", "service"})
    void onlyTheArsiparisExtendsIt(String role) {
        String code = freshCode();
        given().auth().oauth2(Tokens.role(role)).contentType(ContentType.JSON).body(rule(code)).post(SCHEDULE)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).get(SCHEDULE).then()
                .body("classificationCode", org.hamcrest.Matchers.not(hasItem(code)));
    }

    @Test
    void badLinesAreRefused() {
        Map<String, Object> body = rule("9.1");
        expectViolation(body, "classificationCode");
        body = rule(freshCode());
        body.put("activeYears", -2);
        expectViolation(body, "activeYears");
        body = rule(freshCode());
        body.put("finalDisposition", "BURN");
        expectViolation(body, "finalDisposition");
        body = rule(freshCode());
        body.put("activeYears", 2.5);
        expectViolation(body, "activeYears");
    }

    private static void expectViolation(Map<String, Object> body, String field) {
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body(body).post(SCHEDULE).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem(field));
    }
}
