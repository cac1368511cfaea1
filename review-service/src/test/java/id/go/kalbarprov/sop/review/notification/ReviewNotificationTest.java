package id.go.kalbarprov.sop.review.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.kalbarprov.sop.platform.notification.BreachWatch;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each level's turn is told to its role, with the case and step; a breach at a level goes one level up, once. */
@QuarkusTest
class ReviewNotificationTest {

    @Inject
    BreachWatch watch;

    private static String of(UUID caseId, String kind) {
        return "items.findAll { it.caseId == '" + caseId + "' && it.kind == '" + kind + "' }";
    }

    @Test
    void eachLevelsTurnIsToldToItsRoleAndABreachToTheLevelAbove() {
        UUID reviewId = ReviewApi.open();
        UUID caseId = ReviewApi.caseOf(reviewId);
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/notifications?size=100").then().statusCode(200)
                .body(of(caseId, "TASK_ARRIVED") + ".task", equalTo(List.of("REVIEW_KASUBBAG")))
                .body(of(caseId, "TASK_ARRIVED") + "[0].step", equalTo(5));
        ReviewApi.approve(reviewId, Tokens.kasubbag(), 1);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100").then()
                .body(of(caseId, "TASK_ARRIVED") + ".task", equalTo(List.of("REVIEW_KABAG")));

        Db.update("update review_task set actionable_at = now() - interval '30 days'"
                + " where review_id = ?::uuid and done_at is null", reviewId.toString());
        watch.check();
        watch.check();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/notifications?size=100").then()
                .body(of(caseId, "STANDARD_BREACHED") + ".task", equalTo(List.of("REVIEW_KABAG")))
                .body(of(caseId, "STANDARD_BREACHED") + "[0].step", equalTo(6));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100").then()
                .body(of(caseId, "STANDARD_BREACHED"), hasSize(0));
        // Done, so this long-overdue turn does not crowd other tests' inboxes.
        Db.update("update review_task set done_at = now() where review_id = ?::uuid and done_at is null",
                reviewId.toString());
    }
}
