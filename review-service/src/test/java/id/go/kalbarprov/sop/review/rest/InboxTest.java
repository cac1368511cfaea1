package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.go.kalbarprov.sop.platform.testing.FixedClock;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/reviews: an officer's inbox by role with due times, and the filtered list of all reviews. */
@QuarkusTest
class InboxTest {

    @Test
    void eachReviewerSeesWhatIsPendingAtTheirLevelWithItsDueTime() {
        UUID atFive = ReviewApi.open();
        UUID atSix = ReviewApi.open();
        ReviewApi.approve(atSix, Tokens.kasubbag(), 1);
        given().auth().oauth2(Tokens.kasubbag()).queryParam("size", 100).get("/api/v1/reviews").then()
                .statusCode(200)
                .body("items.id", hasItem(atFive.toString()))
                .body("items.id", not(hasItem(atSix.toString())))
                .body("items.pending.level", everyItem(equalTo(5)))
                .body("items.pending.dueAt", everyItem(notNullValue()));
        given().auth().oauth2(Tokens.kabag()).queryParam("caseId", ReviewApi.caseOf(atSix)).get("/api/v1/reviews")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(atSix.toString()))
                .body("items[0].pending.level", equalTo(6))
                .body("items[0].pending.standardMinutes", equalTo(20))
                .body("items[0].pending.overdue", equalTo(false))
                .body("total", equalTo(1));
        given().auth().oauth2(Tokens.karo()).queryParam("caseId", ReviewApi.caseOf(atSix)).get("/api/v1/reviews")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theTurnIsDueInWorkingTimeDueSoonOverTheWeekendAndOverdueOnMonday() {
        UUID review = ReviewApi.open();
        // level 5 actionable Friday 27 November 2026 16:14 (office closes 16:30): 16 minutes then, 4 on Monday
        Db.update("UPDATE review_task SET actionable_at = ? WHERE review_id = ? AND done_at IS NULL",
                java.sql.Timestamp.from(FixedClock.wib("2026-11-27T16:14")), review);
        FixedClock clock = FixedClock.installAt("2026-11-28T10:00");
        given().auth().oauth2(Tokens.kasubbag()).queryParam("caseId", ReviewApi.caseOf(review)).get("/api/v1/reviews")
                .then().statusCode(200)
                .body("items[0].pending.dueAt", equalTo("2026-11-30T00:34:00Z"))
                .body("items[0].pending.urgency", equalTo("DUE_SOON"))
                .body("items[0].pending.overdue", equalTo(false));
        clock.at("2026-11-30T07:35");
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/reviews/" + review).then().statusCode(200)
                .body("pending.urgency", equalTo("OVERDUE")).body("pending.overdue", equalTo(true));
        clock.at("2026-11-27T16:15");
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/reviews/" + review).then()
                .body("pending.urgency", equalTo("ON_TIME"));
    }

    @Test
    void allReviewsCanBeFilteredAndPaged() {
        UUID signed = ReviewApi.signed();
        given().auth().oauth2(Tokens.auditor()).queryParam("status", "SIGNED").queryParam("size", 100)
                .get("/api/v1/reviews").then().statusCode(200)
                .body("items.id", hasItem(signed.toString()))
                .body("items.status", everyItem(equalTo("SIGNED")));
        given().auth().oauth2(Tokens.karo()).queryParam("scope", "ALL").queryParam("caseId", ReviewApi.caseOf(signed))
                .get("/api/v1/reviews").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].pending", equalTo(null));
        ReviewApi.open();
        ReviewApi.open();
        given().auth().oauth2(Tokens.auditor()).queryParam("size", 1).queryParam("page", 1).queryParam("year", 2026)
                .queryParam("period", "Q1").get("/api/v1/reviews").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(1));
        given().auth().oauth2(Tokens.auditor()).queryParam("level", 5).queryParam("size", 100)
                .get("/api/v1/reviews").then().statusCode(200)
                .body("items.pending.level", everyItem(equalTo(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "pelaksana", "auditor"})
    void officersAndAuditorsHaveAReviewList(String role) {
        given().auth().oauth2(Tokens.role(role)).get("/api/v1/reviews").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arsiparis", "unit", "service"})
    void othersHaveNoReviewList(String role) {
        given().auth().oauth2(Tokens.role(role)).get("/api/v1/reviews").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void badFiltersAreA400NamingTheParameter() {
        given().auth().oauth2(Tokens.auditor()).queryParam("status", "LOST").get("/api/v1/reviews").then()
                .statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(Tokens.auditor()).queryParam("caseId", "x").get("/api/v1/reviews").then()
                .statusCode(400).body("violations.field", hasItem("caseId"));
        given().auth().oauth2(Tokens.auditor()).queryParam("year", "20x6").get("/api/v1/reviews").then()
                .statusCode(400).body("violations.field", hasItem("year"));
        given().auth().oauth2(Tokens.auditor()).queryParam("size", 1000).get("/api/v1/reviews").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.auditor()).queryParam("level", 4).get("/api/v1/reviews").then()
                .statusCode(400);
        given().auth().oauth2(Tokens.auditor()).queryParam("page", -1).get("/api/v1/reviews").then()
                .statusCode(400);
    }
}
