package id.go.kalbarprov.sop.archive.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.notification.BreachWatch;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filing is told to the delegated arsiparis; a filing past its standard is told to the Kasubbag, once. */
@QuarkusTest
class ArchiveNotificationTest {

    @Inject
    BreachWatch watch;

    private static String of(String orderId, String kind) {
        return "items.findAll { it.taskId in " + "['" + String.join("','", tasks(orderId)) + "']"
                + " && it.kind == '" + kind + "' }";
    }

    private static List<String> tasks(String orderId) {
        return Db.rows("select id::text as id from task where order_id = ?::uuid", orderId).stream()
                .map(row -> (String) row.get("id")).toList();
    }

    @Test
    void aFilingDelegatedAgainIsToldToTheNewArsiparis() {
        String orderId = Archive.delegated();
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .body(Map.of("upn", "arsiparis.two", "note", "Dialihkan"))
                .post("/api/v1/archive-orders/" + orderId + "/delegation").then().statusCode(200);
        given().auth().oauth2(Tokens.arsiparis("arsiparis.two", null)).get("/api/v1/notifications?size=100").then()
                .body(of(orderId, "TASK_ARRIVED") + ".recipientUpn", hasItem("arsiparis.two"));
    }

    @Test
    void theDelegatedArsiparisIsToldAndALateFilingGoesToTheKasubbag() {
        String orderId = Archive.delegated();
        given().auth().oauth2(Tokens.arsiparis()).get("/api/v1/notifications?size=100").then().statusCode(200)
                .body(of(orderId, "TASK_ARRIVED") + ".task", equalTo(List.of("FILING")))
                .body(of(orderId, "TASK_ARRIVED") + "[0].recipientUpn", equalTo(Archive.ARSIPARIS_UPN))
                .body(of(orderId, "TASK_ARRIVED") + "[0].step", equalTo(10));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100").then()
                .body(of(orderId, "TASK_ARRIVED") + ".task", equalTo(List.of("ORDER")));

        Db.update("update task set actionable_at = now() - interval '30 days' where order_id = ?::uuid"
                + " and done_at is null", orderId);
        watch.check();
        watch.check();
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/notifications?size=100").then()
                .body(of(orderId, "STANDARD_BREACHED") + ".task", equalTo(List.of("FILING")));
        given().auth().oauth2(Tokens.arsiparis()).get("/api/v1/notifications?size=100").then()
                .body(of(orderId, "STANDARD_BREACHED") + ".task", not(hasItem("FILING")));
        // Done, so this long-overdue filing does not crowd other tests' inboxes.
        Db.update("update task set done_at = now() where order_id = ?::uuid and done_at is null", orderId);
    }
}
