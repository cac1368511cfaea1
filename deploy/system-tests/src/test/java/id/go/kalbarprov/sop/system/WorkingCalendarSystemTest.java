package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * request-service owns the working calendar; review- and archive-service copy it and count working time by their copy.
 * A change the admin makes reaches both copies (the same fingerprint); the system tests print how long it took.
 */
class WorkingCalendarSystemTest {

    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    private static String fingerprint(Svc svc) {
        return given().auth().oauth2(DevTokens.auditor()).get(system.url(svc) + "/api/v1/working-calendar")
                .then().statusCode(200).extract().path("fingerprint");
    }

    @Test
    void aChangeOfTheCalendarReachesTheCopiesOfReviewAndArchive() {
        Instant changed = Instant.now();
        String seen = given().auth().oauth2(DevTokens.admin()).get(system.url(Svc.REQUEST) + "/api/v1/calendar")
                .then().statusCode(200).extract().header("ETag");
        String owner = given().auth().oauth2(DevTokens.admin()).header("If-Match", seen).contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICE_CLOSED", "name", "Kantor tutup (uji sistem)", "reference", "SE Sekda"))
                .put(system.url(Svc.REQUEST) + "/api/v1/calendar/days/2031-03-03").then().statusCode(200)
                .body("calendar.days.date", hasItem("2031-03-03")).extract().path("fingerprint");
        assertNotNull(owner);
        for (Svc copy : List.of(Svc.REVIEW, Svc.ARCHIVE)) {
            Officers.await(copy + "'s copy of the calendar", () -> owner.equals(fingerprint(copy)) ? copy : null);
        }
        System.out.printf("calendar change reached review and archive after %d ms%n",
                Duration.between(changed, Instant.now()).toMillis());
        given().auth().oauth2(DevTokens.admin()).header("If-Match", "\"" + owner + "\"").delete(system.url(Svc.REQUEST) + "/api/v1/calendar/days/2031-03-03")
                .then().statusCode(204);
    }
}
