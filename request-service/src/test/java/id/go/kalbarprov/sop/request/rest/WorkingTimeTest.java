package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.calendar.OfficeClock;
import id.go.kalbarprov.sop.platform.calendar.WorkingCalendarStore;
import id.go.kalbarprov.sop.platform.calendar.WorkingTime;
import io.quarkus.test.junit.QuarkusMock;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Service levels count working time only: office hours of WIB, no weekends, national holidays or cuti bersama. */
@QuarkusTest
class WorkingTimeTest {

    @Inject
    EntityManager em;

    @Inject
    WorkingTime workingTime;

    /** The calendar's ETag (its fingerprint), which every change must send as If-Match. */
    private static String etag() {
        return given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/calendar").then().statusCode(200)
                .extract().header("ETag");
    }

    private void move(UUID caseId, String kindCondition, String actionable, String done) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update task set actionable_at = timestamptz '"
                        + actionable + "', done_at = timestamptz '" + done + "' where case_id = ?1 and done_at is not null and "
                        + kindCondition).setParameter(1, caseId).executeUpdate());
    }

    @Test
    void aStepFromFridayAfternoonToMondayMorningCountsThirtyMinutes() {
        Cases.Drafting c = Cases.drafting();
        UUID caseId = UUID.fromString(c.id());
        // Friday 13 November 2026 16:10 WIB (the office closes 16:30) to Monday 16 November 07:40 (opens 07:30).
        move(caseId, "kind = 'ASSIGNMENT'", "2026-11-13 16:10+07", "2026-11-16 07:40+07");
        given().auth().oauth2(Tokens.auditor())
                .get("/api/v1/reports/service-level?from=2026-11-16&to=2026-11-17")
                .then().statusCode(200)
                .body("steps.find { it.task == 'ASSIGNMENT' }.medianMinutes", equalTo(30.0f))
                .body("steps.find { it.task == 'ASSIGNMENT' }.breaches", equalTo(1));
        assertEquals(30, workingTime.calendar().workingMinutesBetween(Instant.parse("2026-11-13T09:10:00Z"),
                Instant.parse("2026-11-16T00:40:00Z")));
    }

    @Test
    void aCaseAcrossAWeekendAndAHolidayBreachesInWallTimeButNotInWorkingTime() {
        Cases.Drafting c = Cases.drafting();
        UUID caseId = UUID.fromString(c.id());
        // Wednesday 23 December 15:58 to Monday 28 December 07:32: cuti bersama, Christmas and a weekend between —
        // 4 working minutes per step, more than four days on the wall clock.
        move(caseId, "kind <> 'MEMO'", "2026-12-23 15:58+07", "2026-12-28 07:32+07");
        move(caseId, "kind = 'MEMO'", "2026-12-23 15:50+07", "2026-12-23 15:55+07");
        Number steps = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from task where case_id = ?1 and done_at is not null and kind <> 'MEMO'")
                .setParameter(1, caseId).getSingleResult());
        Number wallMinutes = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select min(extract(epoch from done_at - actionable_at) / 60) from task where case_id = ?1 and kind <> 'MEMO' and done_at is not null")
                .setParameter(1, caseId).getSingleResult());
        assertTrue(wallMinutes.doubleValue() > 110, "the wall clock alone would breach");

        JsonPath report = given().auth().oauth2(Tokens.auditor())
                .get("/api/v1/reports/service-level/cases?from=2026-12-28&to=2026-12-29&unit=" + Cases.UNIT_A)
                .then().statusCode(200).body("standardMinutes", equalTo(110)).extract().jsonPath();
        Map<String, Object> mine = report.getMap("cases.find { it.caseId == '" + c.id() + "' }");
        assertEquals(4.0f * steps.intValue(), ((Number) mine.get("workingMinutes")).floatValue());
        assertEquals(false, mine.get("breached"));
        assertEquals(5.0f, ((Number) mine.get("memoMinutes")).floatValue());
        assertEquals(1, ((List<?>) mine.get("rounds")).size());

        given().auth().oauth2(Tokens.auditor())
                .get("/api/v1/reports/service-level?from=2026-12-28&to=2026-12-29&unit=" + Cases.UNIT_A)
                .then().statusCode(200)
                .body("steps.breaches", not(hasItem(1)))
                .body("steps.medianMinutes", hasItem(4.0f));
        // Another unit's filter leaves the case out; the CSV carries the same figures.
        given().auth().oauth2(Tokens.auditor())
                .get("/api/v1/reports/service-level/cases?from=2026-12-28&to=2026-12-29&unit=NO-SUCH-UNIT")
                .then().statusCode(200).body("cases.caseId", not(hasItem(c.id())));
        given().auth().oauth2(Tokens.auditor()).accept("text/csv")
                .get("/api/v1/reports/service-level/cases?from=2026-12-28&to=2026-12-29&unit=" + Cases.UNIT_A)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("Case,Round,Working minutes"))
                .body(containsString(c.id() + ",1," + (4 * steps.intValue()) + ".0,110,no"));
    }

    @Test
    void theCalendarShowsTheSeededDecreeAndFlagsAYearWithoutOne() {
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/calendar").then().statusCode(200)
                .body("calendar.zone", equalTo("Asia/Pontianak"))
                .body("calendar.holidayYears.year", hasItem(2026))
                .body("calendar.days.find { it.date == '2026-08-17' }.kind", equalTo("NATIONAL_HOLIDAY"))
                .body("calendar.days.find { it.date == '2026-12-24' }.kind", equalTo("CUTI_BERSAMA"))
                .body("calendar.officeHours.FRIDAY", equalTo(List.of("07:30-11:30", "13:00-16:30")))
                .body("yearsWithoutHolidays", hasItem(2027));
        given().auth().oauth2(Tokens.reviewService()).get("/api/v1/calendar").then().statusCode(200);
    }

    @Test
    void theAdminKeepsTheCalendarAndReportsFollowIt() {
        Instant monday = Instant.parse("2026-10-12T01:00:00Z"); // 08:00 WIB
        Instant tuesday = Instant.parse("2026-10-13T01:00:00Z");
        long before = workingTime.calendar().workingMinutesBetween(monday, tuesday);
        given().auth().oauth2(Tokens.role("admin")).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("kind", "CHANGED_HOURS", "hours", List.of("07:30-11:00"), "name", "Half day",
                        "reference", "SE Sekda 2026"))
                .put("/api/v1/calendar/days/2026-10-12").then().statusCode(200)
                .body("calendar.days.find { it.date == '2026-10-12' }.hours", equalTo(List.of("07:30-11:00")));
        // 08:00–11:00 on the half day, 07:30–08:00 on Tuesday
        assertEquals(210, workingTime.calendar().workingMinutesBetween(monday, tuesday));
        Number sqlMinutes = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select working_minutes(timestamptz '2026-10-12 08:00+07', timestamptz '2026-10-13 08:00+07')")
                .getSingleResult());
        assertEquals(210.0, sqlMinutes.doubleValue(), 0.001, "SQL counts what the calendar counts");

        given().auth().oauth2(Tokens.role("admin")).header("If-Match", etag()).delete("/api/v1/calendar/days/2026-10-12").then().statusCode(204);
        assertEquals(before, workingTime.calendar().workingMinutesBetween(monday, tuesday));
        given().auth().oauth2(Tokens.role("admin")).header("If-Match", etag()).delete("/api/v1/calendar/days/2026-10-12").then().statusCode(404);
    }

    @Test
    void aYearsDecreeReplacesItsHolidays() {
        given().auth().oauth2(Tokens.role("admin")).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("reference", "SKB 2030 (test)", "days", List.of(
                        Map.of("date", "2030-01-01", "kind", "NATIONAL_HOLIDAY", "name", "Tahun Baru"),
                        Map.of("date", "2030-01-02", "kind", "CUTI_BERSAMA", "name", "Cuti bersama"))))
                .put("/api/v1/calendar/years/2030").then().statusCode(200)
                .body("calendar.holidayYears.year", hasItem(2030));
        given().auth().oauth2(Tokens.role("admin")).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("reference", "SKB 2030 (revised)", "days", List.of(
                        Map.of("date", "2030-01-01", "kind", "NATIONAL_HOLIDAY", "name", "Tahun Baru"))))
                .put("/api/v1/calendar/years/2030").then().statusCode(200)
                .body("calendar.days.date", not(hasItem("2030-01-02")))
                .body("calendar.holidayYears.find { it.year == 2030 }.reference", equalTo("SKB 2030 (revised)"));
    }

    @Inject
    WorkingCalendarStore store;

    @Test
    void aNewYearWritesTheOpenHoursFurtherAhead() {
        String hoursOf2030 = "select count(*) from office_interval where starts_at >= timestamptz '2030-01-01 00:00+07'"
                + " and starts_at < timestamptz '2031-01-01 00:00+07'";
        assertEquals(0, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(hoursOf2030)
                .getSingleResult())).intValue(), "written through 2028 today");
        QuarkusMock.installMockForType(new OfficeClock() {
            @Override
            public Instant now() {
                return Instant.parse("2028-01-03T02:00:00Z");
            }
        }, OfficeClock.class);
        assertTrue(store.rewriteWhenAYearHasPassed());
        assertEquals(false, store.rewriteWhenAYearHasPassed(), "once");
        assertTrue(((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(hoursOf2030)
                .getSingleResult())).intValue() > 200, "2030's office days written");
    }

    @Test
    void aChangeIsMadeToTheCalendarItsAuthorSaw() {
        String seen = etag();
        Map<String, Object> closed = Map.of("kind", "OFFICE_CLOSED", "name", "Banjir", "reference", "SE Sekda");
        given().auth().oauth2(Tokens.role("admin")).contentType(ContentType.JSON).body(closed)
                .put("/api/v1/calendar/days/2026-10-20").then().statusCode(428)
                .contentType(containsString("problem+json"));
        String after = given().auth().oauth2(Tokens.role("admin")).header("If-Match", seen).contentType(ContentType.JSON)
                .body(closed).put("/api/v1/calendar/days/2026-10-20").then().statusCode(200).extract().header("ETag");
        // another admin still holding the first ETag changes nothing
        given().auth().oauth2(Tokens.role("admin")).header("If-Match", seen).delete("/api/v1/calendar/days/2026-10-20")
                .then().statusCode(412);
        given().auth().oauth2(Tokens.role("admin")).header("If-Match", after).delete("/api/v1/calendar/days/2026-10-20")
                .then().statusCode(204);
    }

    @Test
    void badCalendarInputIsRefusedAndChangesNothing() {
        String admin = Tokens.role("admin");
        given().auth().oauth2(Tokens.kabag()).contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICE_CLOSED", "name", "x")).put("/api/v1/calendar/days/2026-10-14")
                .then().statusCode(403);
        given().auth().oauth2(admin).header("If-Match", etag()).contentType(ContentType.JSON).body(Map.of("kind", "OFFICE_CLOSED", "name", "x"))
                .put("/api/v1/calendar/days/2026-02-30").then().statusCode(400)
                .contentType(containsString("problem+json"));
        given().auth().oauth2(admin).header("If-Match", etag()).contentType(ContentType.JSON).body(Map.of("kind", "CHANGED_HOURS", "name", "x"))
                .put("/api/v1/calendar/days/2026-10-14").then().statusCode(400);
        given().auth().oauth2(admin).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("kind", "CHANGED_HOURS", "name", "x", "hours", List.of("12:00-08:00")))
                .put("/api/v1/calendar/days/2026-10-14").then().statusCode(400);
        given().auth().oauth2(admin).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("kind", "NATIONAL_HOLIDAY", "name", "x")).put("/api/v1/calendar/days/2026-10-14")
                .then().statusCode(400);
        given().auth().oauth2(admin).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("reference", "x", "days", List.of(Map.of("date", "2031-05-01", "kind", "NATIONAL_HOLIDAY",
                        "name", "x")))).put("/api/v1/calendar/years/2030").then().statusCode(400);
        given().auth().oauth2(admin).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("until", "2026-01-01", "hours", Map.of("MONDAY", "08:00-12:00"), "reference", "x"))
                .put("/api/v1/calendar/hours-changes/2026-02-01").then().statusCode(400);
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/calendar").then().statusCode(200)
                .body("calendar.days.date", not(hasItem("2026-10-14")))
                .body("calendar.hoursChanges", equalTo(List.of()));
    }
}
