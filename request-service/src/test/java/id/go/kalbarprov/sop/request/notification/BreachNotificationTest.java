package id.go.kalbarprov.sop.request.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.kalbarprov.sop.platform.calendar.OfficeClock;
import id.go.kalbarprov.sop.platform.notification.BreachWatch;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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

    private static void clockAt(String instant) {
        QuarkusMock.installMockForType(new OfficeClock() {
            @Override
            public Instant now() {
                return Instant.parse(instant);
            }
        }, OfficeClock.class);
    }

    /**
     * In working time: a 5-minute step actionable at 16:28 WIB on a Friday (office closes 16:30) runs out at 07:33 on
     * Monday (office opens 07:30). The wall clock would call it breached all weekend; it is told only after 07:33.
     */
    @Test
    void aBreachIsCountedInWorkingTimeAcrossTheWeekend() {
        String id = Cases.open();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update task set actionable_at = timestamptz '2026-11-06 16:28+07' where case_id = ?1 and kind = 'MEMO'")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        clockAt("2026-11-07T03:00:00Z"); // Saturday 10:00 WIB
        watch.check();
        clockAt("2026-11-09T00:32:00Z"); // Monday 07:32 WIB
        watch.check();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/notifications?size=100").then()
                .body(breaches(id), hasSize(0));
        clockAt("2026-11-09T00:34:00Z"); // Monday 07:34 WIB
        watch.check();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/notifications?size=100").then()
                .body(breaches(id) + ".task", equalTo(List.of("MEMO")))
                .body(breaches(id) + "[0].dueAt", equalTo("2026-11-09T00:33:00Z"))
                .body(breaches(id) + "[0].message", containsString("2026-11-09 07:33 WIB"));
        closeTasks(id);
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
