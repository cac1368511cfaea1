package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.platform.testing.FixedClock;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadlines in the inbox (issue 15): each open task's working-time deadline and urgency, and the case past its due
 * date with units not replied, with the office's clock fixed across a weekend.
 */
@QuarkusTest
class TaskUrgencyTest {

    @Inject
    EntityManager em;

    /** The case's open task of {@code kind} made actionable at {@code at} (WIB) with a standard of 20 minutes. */
    private void actionable(String caseId, String kind, String at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update task set actionable_at = ?1, standard_minutes = 20 where case_id = ?2 and kind = ?3")
                .setParameter(1, FixedClock.wib(at)).setParameter(2, UUID.fromString(caseId)).setParameter(3, kind)
                .executeUpdate());
    }

    private void dueOn(String caseId, LocalDate date) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update correction_case set due_date = ?1 where id = ?2")
                .setParameter(1, date).setParameter(2, UUID.fromString(caseId)).executeUpdate());
    }

    private static String row(String caseId) {
        return "items.find { it.caseId == '" + caseId + "' }";
    }

    @Test
    void aStepStartedLateOnFridayIsDueSoonOverTheWeekendAndOverdueOnMonday() {
        String id = Cases.open();
        // Friday 27 November 2026 16:14: 16 working minutes before the close at 16:30, 4 more on Monday from 07:30
        actionable(id, "MEMO", "2026-11-27T16:14");
        FixedClock clock = FixedClock.installAt("2026-11-27T16:20");
        given().auth().oauth2(Tokens.kabag()).queryParam("size", 100).get("/api/v1/tasks").then().statusCode(200)
                .body(row(id) + ".task", equalTo("MEMO"))
                .body(row(id) + ".dueAt", equalTo("2026-11-30T00:34:00Z"))
                .body(row(id) + ".urgency", equalTo("ON_TIME"))
                .body(row(id) + ".caseOverdue", equalTo(false));
        // Saturday: the wall clock says the 20 minutes ran out on Friday; working time leaves 4 (under a quarter)
        clock.at("2026-11-28T10:00");
        given().auth().oauth2(Tokens.kabag()).queryParam("size", 100).get("/api/v1/tasks").then()
                .body(row(id) + ".urgency", equalTo("DUE_SOON"));
        clock.at("2026-11-30T07:35");
        given().auth().oauth2(Tokens.kabag()).queryParam("size", 100).get("/api/v1/tasks").then()
                .body(row(id) + ".urgency", equalTo("OVERDUE"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("whoseTurn[0].urgency", equalTo("OVERDUE"))
                .body("steps.find { it.task == 'DISPOSITION' }.urgency", equalTo(null))
                .body("steps.find { it.task == 'DISPOSITION' }.doneAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aCaseCollectingPastItsDueDateWithAUnitSilentIsFlaggedOnItsTasksAfterTheCloseOfThatDay() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_B, java.util.List.of(Cases.row("IKU-3", 1000, 700, 960)));
        actionable(id, "FORWARD", "2026-11-27T08:00");
        dueOn(id, LocalDate.of(2026, 11, 27));
        // Friday 27 November: the office closes at 16:30, the due date has not ended yet
        FixedClock clock = FixedClock.installAt("2026-11-27T16:29");
        given().auth().oauth2(Tokens.kabag()).queryParam("size", 100).get("/api/v1/tasks").then()
                .body(row(id) + ".task", equalTo("FORWARD")).body(row(id) + ".caseOverdue", equalTo(false));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/late-units").then()
                .body("pastDue", equalTo(false)).body("dueAt", equalTo("2026-11-27T09:30:00Z"));
        clock.at("2026-11-27T16:31");
        given().auth().oauth2(Tokens.kabag()).queryParam("size", 100).get("/api/v1/tasks").then()
                .body(row(id) + ".caseOverdue", equalTo(true));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id + "/late-units").then()
                .body("pastDue", equalTo(true)).body("lateUnits.unitCode", equalTo(java.util.List.of(Cases.UNIT_A)));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + id + "/timeline").then()
                .body("whoseTurn[0].caseOverdue", equalTo(true));
    }
}
