package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The case search by unit, alone and with a state or a year: few matches come newest first as many do
 * (CappedCount.orderFor), and its total is exact up to the search cap (Paged.SEARCH_TOTAL_CAP).
 */
@QuarkusTest
class CaseSearchTest {

    private static String openFor(String unit, int year) {
        Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
        body.put("targetUnits", List.of(unit));
        body.put("year", year);
        return given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse search(String query) {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases?size=100&" + query).then().statusCode(200);
    }

    @Test
    void aUnitFindsItsOwnCasesWithAndWithoutAStateOrAYear() {
        String unit = "CARI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Cases.registerUnit(unit, "Unit " + unit, "Kepala Unit " + unit);
        String ours2025 = openFor(unit, 2025);
        String ours2026 = openFor(unit, 2026);
        String others2025 = openFor(Cases.UNIT_A, 2025);
        String state = given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases/" + ours2025).then().statusCode(200)
                .extract().path("state");

        search("unit=" + unit).body("total", equalTo(2)).body("totalExact", equalTo(true))
                .body("items.id", contains(ours2026, ours2025));
        search("unit=" + unit + "&year=2025").body("total", equalTo(1)).body("items.id", contains(ours2025));
        search("unit=" + unit + "&state=" + state + "&year=2026").body("items.id", contains(ours2026));
        search("unit=" + unit + "&state=" + state).body("total", equalTo(2));
        search("unit=" + Cases.UNIT_A + "&year=2025").body("items.id", hasItem(others2025))
                .body("items.id", not(hasItem(ours2025)));
        search("unit=NO-SUCH-UNIT&year=2025").body("total", equalTo(0));
    }

    @Test
    void aSearchByUnitCountsExactlyUpToTheSearchCapAndTheWholeListFurther() {
        String unit = "BANYAK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Cases.registerUnit(unit, "Unit " + unit, "Kepala Unit " + unit);
        // One case opened as an official would, and its copies as earlier cases of the unit, written to the table:
        // opened through the API, a hundred cases would put a hundred tasks in the inboxes other tests page through.
        String first = openFor(unit, 2024);
        Db.update("INSERT INTO correction_case SELECT (jsonb_populate_record(null::correction_case, to_jsonb(c) "
                + "|| jsonb_build_object('id', gen_random_uuid(), 'opened_at', c.opened_at - n * interval '1 minute')"
                + ")).* FROM correction_case c, generate_series(1, ?) n WHERE c.id = ?::uuid",
                Paged.SEARCH_TOTAL_CAP - 1, first);
        search("unit=" + unit).body("total", equalTo(Paged.SEARCH_TOTAL_CAP)).body("totalExact", equalTo(true));

        String newest = openFor(unit, 2024);
        search("unit=" + unit).body("total", equalTo(Paged.SEARCH_TOTAL_CAP)).body("totalExact", equalTo(false))
                .body("items", hasSize(100)).body("items[0].id", equalTo(newest));
        search("unit=" + unit + "&year=2024").body("total", equalTo(Paged.SEARCH_TOTAL_CAP))
                .body("totalExact", equalTo(false));
        search("page=1&unit=" + unit).body("items", hasSize(1));
        // without a unit the list counts on, up to its own cap
        search("year=2024").body("total", greaterThan(Paged.SEARCH_TOTAL_CAP));
    }
}
