package id.go.kalbarprov.sop.request.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.kalbarprov.sop.platform.notification.BreachWatch;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A task past its deadline is told to the holder's superior, once; the job runs only when a test drives it here. */
@QuarkusTest
class BreachNotificationTest {

    @Inject
    EntityManager em;

    @Inject
    BreachWatch watch;

    private static String breaches(String caseId) {
        return "items.findAll { it.caseId == '" + caseId + "' && it.kind == 'STANDARD_BREACHED' }";
    }

    private void actionableDaysAgo(String caseId, String kind, int days) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update task set actionable_at = now() - make_interval(days => ?3) where case_id = ?1 and kind = ?2")
                .setParameter(1, UUID.fromString(caseId)).setParameter(2, kind).setParameter(3, days).executeUpdate());
    }

    /** The case's open tasks done, so the long-overdue ones of these tests do not crowd other tests' inboxes. */
    private void closeTasks(String caseId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update task set done_at = now() where case_id = ?1 and done_at is null")
                .setParameter(1, UUID.fromString(caseId)).executeUpdate());
    }

    @Test
    void aBreachedStandardIsToldToTheSuperiorOnce() {
        Cases.Drafting c = Cases.drafting();
        watch.check();
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/notifications?size=100").then()
                .body(breaches(c.id()), hasSize(0));
        actionableDaysAgo(c.id(), "DRAFT", 30);
        watch.check();
        watch.check();
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/notifications?size=100").then()
                .body(breaches(c.id()) + ".task", equalTo(List.of("DRAFT")))
                .body(breaches(c.id()) + "[0].recipientRole", equalTo("kasubbag"))
                .body(breaches(c.id()) + "[0].step", equalTo(4))
                .body(breaches(c.id()) + "[0].message", containsString("pelaksana pelaksana.one"));
        given().auth().oauth2(Tokens.kasubbag()).header("Accept-Language", "id")
                .get("/api/v1/notifications?size=100").then()
                .body(breaches(c.id()) + "[0].title", equalTo("Mutu baku terlampaui: langkah 4, DRAFT"));
        // Told to the superior, not to the holder.
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/notifications?size=100").then()
                .body(breaches(c.id()), hasSize(0));
        closeTasks(c.id());
    }

    @Test
    void aKabagsBreachGoesToTheKaroAndADoneTaskIsNeverTold() {
        String id = Cases.open();
        actionableDaysAgo(id, "MEMO", 30);
        Cases.issueMemo(id);
        watch.check();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/notifications?size=100").then()
                .body(breaches(id), hasSize(0));
        actionableDaysAgo(id, "FORWARD", 30);
        watch.check();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/notifications?size=100").then()
                .body(breaches(id) + ".task", equalTo(List.of("FORWARD")));
        closeTasks(id);
    }
}
