package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inboxes show whose turn it is; the service-level report measures actual against standard minutes. */
@QuarkusTest
class TasksAndReportTest {

    @Inject
    EntityManager em;

    @Test
    void eachStepAppearsInTheInboxOfItsActorAndLeavesItWhenDone() {
        String id = Cases.open();
        String mine = "items.findAll { it.caseId == '" + id + "' }";
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/tasks?size=100").then().statusCode(200)
                .body(mine + ".task", equalTo(List.of("MEMO"))).body(mine + "[0].dueAt", notNullValue())
                .body(mine + "[0].standardMinutes", equalTo(5));
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/tasks?size=100").then()
                .body(mine + ".task", equalTo(List.of("FORWARD")));
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/tasks?size=100").then().body(mine, hasSize(0));
        Cases.forward(id);
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/tasks?size=100").then()
                .body(mine + ".task", equalTo(List.of("ASSIGNMENT")));
        Cases.assign(id, "pelaksana.one");
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/tasks?size=100").then()
                .body(mine + ".task", equalTo(List.of("DRAFT"))).body(mine + "[0].standardMinutes", equalTo(20));
        given().auth().oauth2(Tokens.pelaksana("pelaksana.two")).get("/api/v1/tasks?size=100").then()
                .body(mine, hasSize(0));
    }

    @Test
    void theReportCountsMediansAndBreachesPerStep() {
        Cases.Drafting c = Cases.drafting();
        UUID caseId = UUID.fromString(c.id());
        // Make the assignment step look as if it took 12 minutes against its standard of 5.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update task set actionable_at = done_at - interval '12 minutes' where case_id = ?1 and kind = 'ASSIGNMENT'")
                .setParameter(1, caseId).executeUpdate());
        String from = Instant.now().minusSeconds(3600).toString();
        var report = given().auth().oauth2(Tokens.auditor()).get("/api/v1/reports/service-level?from=" + from)
                .then().statusCode(200).extract();
        List<Integer> steps = report.path("steps.step");
        org.hamcrest.MatcherAssert.assertThat(steps.size(), greaterThanOrEqualTo(4));
        int breaches = report.path("steps.find { it.task == 'ASSIGNMENT' }.breaches");
        org.hamcrest.MatcherAssert.assertThat(breaches, greaterThanOrEqualTo(1));
        assertEquals(Integer.valueOf(5), report.path("steps.find { it.task == 'ASSIGNMENT' }.standardMinutes"));
        Float p90 = report.path("steps.find { it.task == 'ASSIGNMENT' }.p90Minutes");
        org.hamcrest.MatcherAssert.assertThat(p90.doubleValue(), greaterThanOrEqualTo(12.0));
    }
}
