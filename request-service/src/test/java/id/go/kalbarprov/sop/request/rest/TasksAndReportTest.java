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
        // Move this case's steps into a working day of their own (Tuesday 3 February 2026, WIB office hours):
        // assignment took 12 minutes against 5, forwarding 3.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update task set actionable_at = timestamptz '2026-02-03 10:00+07',
                                    done_at = timestamptz '2026-02-03 10:12+07'
                    where case_id = ?1 and kind = 'ASSIGNMENT'""").setParameter(1, caseId).executeUpdate();
            em.createNativeQuery("""
                    update task set actionable_at = timestamptz '2026-02-03 09:00+07',
                                    done_at = timestamptz '2026-02-03 09:03+07'
                    where case_id = ?1 and kind = 'FORWARD'""").setParameter(1, caseId).executeUpdate();
        });
        given().auth().oauth2(Tokens.auditor())
                .get("/api/v1/reports/service-level?from=2026-02-03&to=2026-02-04")
                .then().statusCode(200)
                .body("steps", hasSize(2))
                .body("steps[0].step", equalTo(2)).body("steps[0].count", equalTo(1))
                .body("steps[0].medianMinutes", equalTo(3.0f)).body("steps[0].breaches", equalTo(0))
                .body("steps[1].step", equalTo(3)).body("steps[1].task", equalTo("ASSIGNMENT"))
                .body("steps[1].p90Minutes", equalTo(12.0f)).body("steps[1].standardMinutes", equalTo(5))
                .body("steps[1].breaches", equalTo(1));
    }
}
