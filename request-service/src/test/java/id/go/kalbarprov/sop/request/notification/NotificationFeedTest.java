package id.go.kalbarprov.sop.request.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.request.service.Tasks;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each new task is told to its actor role and its assignee: a feed per officer, read marks, both languages. */
@QuarkusTest
class NotificationFeedTest {

    @Inject
    EntityManager em;

    @Inject
    Tasks tasks;

    private static String mine(String caseId) {
        return "items.findAll { it.caseId == '" + caseId + "' }";
    }

    @Test
    void aNewTaskIsInTheFeedOfItsActorRoleWithCaseStepTaskAndDueTime() {
        String id = Cases.open();
        UUID memoTask = taskOf(id, "MEMO");
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100").then().statusCode(200)
                .body(mine(id) + ".task", equalTo(List.of("MEMO")))
                .body(mine(id) + "[0].kind", equalTo("TASK_ARRIVED"))
                .body(mine(id) + "[0].step", equalTo(1))
                .body(mine(id) + "[0].taskId", equalTo(memoTask.toString()))
                .body(mine(id) + "[0].recipientRole", equalTo("kabag"))
                .body(mine(id) + "[0].dueAt", notNullValue())
                .body(mine(id) + "[0].read", equalTo(false))
                .body(mine(id) + "[0].title", equalTo("New task: step 1, MEMO"))
                .body(mine(id) + "[0].message", containsString(id))
                .body(mine(id) + "[0].message", containsString(memoTask.toString()));
        given().auth().oauth2(Tokens.kabag()).header("Accept-Language", "id").get("/api/v1/notifications?size=100")
                .then().body(mine(id) + "[0].title", equalTo("Tugas baru: langkah 1, MEMO"))
                .body(mine(id) + "[0].message", containsString("Batas waktu"));
        // The disposition was given with the case: nobody is told of it. Nor is another role.
        given().auth().oauth2(Tokens.karo()).get("/api/v1/notifications?size=100").then().body(mine(id), hasSize(0));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/notifications?size=100").then().body(mine(id), hasSize(0));
    }

    @Test
    void anAssignedTaskIsToldToTheAssigneeAndTheRoleAndNotToAnotherOfficersLogin() {
        Cases.Drafting c = Cases.drafting();
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/notifications?size=100").then()
                .body(mine(c.id()) + ".task", equalTo(List.of("DRAFT")))
                .body(mine(c.id()) + "[0].recipientUpn", equalTo("pelaksana.one"));
        // A caller who is not a pelaksana but whose login is the assignee sees it too (addressed to them).
        given().auth().oauth2(Tokens.of("kasubbag", "pelaksana.one", null, null))
                .get("/api/v1/notifications?size=100").then()
                .body(mine(c.id()) + ".task", hasItem("DRAFT"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100").then()
                .body(mine(c.id()) + ".task", not(hasItem("DRAFT")));
    }

    @Test
    void aReassignedTaskIsToldToTheNewAssigneeOnly() {
        Cases.Drafting c = Cases.drafting();
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", "pelaksana.two"))
                .post("/api/v1/cases/" + c.id() + "/assignment").then().statusCode(200);
        String toTwo = "items.findAll { it.caseId == '" + c.id() + "' && it.recipientUpn == 'pelaksana.two' }";
        given().auth().oauth2(Tokens.pelaksana("pelaksana.two")).get("/api/v1/notifications?size=100").then()
                .body(toTwo + ".task", equalTo(List.of("DRAFT")))
                .body(toTwo + "[0].recipientRole", equalTo(null));
        // The role was told once, when the task arrived.
        given().auth().oauth2(Tokens.pelaksana("pelaksana.three")).get("/api/v1/notifications?size=100").then()
                .body(mine(c.id()) + ".task", equalTo(List.of("DRAFT")));
    }

    @Test
    void aUnitsTaskIsToldToThatUnitOnly() {
        String id = Cases.open();
        QuarkusTransaction.requiringNew().run(() -> {
            // A task held by a unit, as a reopening opens it.
            tasks.openForUnit(UUID.fromString(id), SopStep.RESUBMISSION, Cases.UNIT_A, Instant.now());
        });
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/notifications?size=100").then()
                .body(mine(id) + ".task", equalTo(List.of("RESUBMISSION")))
                .body(mine(id) + "[0].recipientUnit", equalTo(Cases.UNIT_A));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/notifications?size=100").then()
                .body(mine(id), hasSize(0));
    }

    @Test
    void markingAsReadIsPerOfficerIdempotentAndOnlyForTheCallersFeed() {
        String id = Cases.open();
        String notification = given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100")
                .then().extract().path(mine(id) + "[0].id");
        given().auth().oauth2(Tokens.kasubbag()).post("/api/v1/notifications/" + notification + "/read").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.kabag()).post("/api/v1/notifications/" + notification + "/read").then()
                .statusCode(204);
        given().auth().oauth2(Tokens.kabag()).post("/api/v1/notifications/" + notification + "/read").then()
                .statusCode(204);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100").then()
                .body(mine(id) + "[0].read", equalTo(true));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=100&unread=true").then()
                .body(mine(id), hasSize(0));
        // Another kabag has not read it.
        given().auth().oauth2(Tokens.of("kabag", "kabag.two", null, null))
                .get("/api/v1/notifications?size=100&unread=true").then().body(mine(id), hasSize(1));
        given().auth().oauth2(Tokens.kabag()).post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.kabag()).post("/api/v1/notifications/not-a-uuid/read").then()
                .statusCode(404);
    }

    @Test
    void theFeedIsNewestFirstAndPaged() {
        Cases.Drafting c = Cases.drafting();
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=2").then().statusCode(200)
                .body("items", hasSize(2)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items[0].task", equalTo("FORWARD")).body("items[0].caseId", equalTo(c.id()));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/notifications?size=1000").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyOfficersHaveAFeed() {
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/notifications").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.reviewService()).get("/api/v1/notifications").then().statusCode(403);
        given().get("/api/v1/notifications").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).post("/api/v1/notifications/stream-tickets").then().statusCode(403);
    }

    private UUID taskOf(String caseId, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                        "select id from task where case_id = ?1 and kind = ?2")
                .setParameter(1, UUID.fromString(caseId)).setParameter(2, kind).getSingleResult());
    }
}
