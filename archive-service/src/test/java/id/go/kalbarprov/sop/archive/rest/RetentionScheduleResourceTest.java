package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionScheduleResourceTest {

    private static final String SCHEDULE = "/api/v1/retention-schedule";

    @Test
    void theScheduleIsSeededWithTheCodesOfThisSopAndTheyStayInForceAsApprovedVersionOne() {
        given().auth().oauth2(Tokens.pelaksana()).get(SCHEDULE).then().statusCode(200)
                .body("classificationCode", hasItems("000.8.6.3", "000.8.3.3", "000.5.3.1"))
                .body("find { it.classificationCode == '000.8.6.3' }.finalDisposition", equalTo("DESTROY"))
                .body("find { it.classificationCode == '000.8.3.3' }.finalDisposition", equalTo("PERMANENT"))
                .body("find { it.classificationCode == '000.8.3.3' }.activeYears", equalTo(2))
                .body("find { it.classificationCode == '000.5.3.1' }.inactiveYears", equalTo(3))
                .body("find { it.classificationCode == '000.5.3.1' }.version", equalTo(1))
                .body("find { it.classificationCode == '000.5.3.1' }.approvedBy", equalTo("migration"));
    }

    @Test
    void nobodyAddsALineDirectlyAnyMore() {
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON)
                .body(RetentionProposalResourceTest.line("901.1.1", 1, 4, "REVIEW")).post(SCHEDULE).then()
                .statusCode(405).contentType("application/problem+json");
    }
}
