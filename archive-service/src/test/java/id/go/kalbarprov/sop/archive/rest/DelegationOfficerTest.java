package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.FakeOfficerRegister;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Step 9 names an arsiparis the register of officers knows (request-service, read with archive-service's own token):
 * in post as arsiparis that day. The last answer per officer stands in while request-service is down; an officer never
 * seen cannot be checked then (503, Retry-After) and nothing changes.
 */
@QuarkusTest
class DelegationOfficerTest {

    private static final String ORDERS = "/api/v1/archive-orders/";

    @AfterEach
    void registerBackUp() {
        FakeOfficerRegister.down = false;
        FakeOfficerRegister.delayMillis = 0;
        FakeOfficerRegister.olderRelease = false;
    }

    private static ValidatableResponse delegate(String id, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(body)
                .post(ORDERS + id + "/delegation").then();
    }

    private static String state(String id) {
        return given().auth().oauth2(Tokens.karo()).get(ORDERS + id).then().statusCode(200).extract().path("state");
    }

    @Test
    void onlyAnOfficerInPostAsArsiparisCanBeDelegatedAndNothingChangesOtherwise() {
        String id = Archive.ordered();
        for (String upn : new String[] {"nobody.here", "arsiparis.retired", "pelaksana.one"}) {
            delegate(id, Map.of("upn", upn)).statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("upn"))
                    .body("detail", containsString(upn));
        }
        given().auth().oauth2(Tokens.kasubbag()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(Map.of("upn", "pelaksana.one")).post(ORDERS + id + "/delegation").then().statusCode(400)
                .body("detail", containsString("tidak dapat bertindak sebagai arsiparis"));
        delegate(id, Map.of("nip", "199512122020121001")).statusCode(400).body("violations[0].field", equalTo("nip"));
        delegate(id, Map.of("upn", "arsiparis.one", "nip", "198605052011012005")).statusCode(400)
                .body("violations[0].field", equalTo("nip"));
        assertEquals("ORDERED", state(id));
        assertEquals(0, Db.count("SELECT count(*) FROM task WHERE order_id = ?::uuid AND step = 10", id));

        delegate(id, Map.of("nip", "198605052011012005")).statusCode(200).body("archivistUpn", equalTo("arsiparis.two"))
                .body("archivistNip", equalTo("198605052011012005"));
    }

    /** During a rolling update the register may still be the release before capped totals: delegation goes on. */
    @Test
    void aRegisterOfTheReleaseBeforeIsStillRead() {
        FakeOfficerRegister.olderRelease = true;
        String id = Archive.ordered();
        delegate(id, Map.of("nip", "198504042010012004")).statusCode(200)
                .body("archivistUpn", equalTo("arsiparis.one"));
    }

    @Test
    void theLastAnswerStandsInWhileRequestServiceIsDown() {
        String first = Archive.ordered();
        delegate(first, Map.of("upn", "arsiparis.three")).statusCode(200);
        assertEquals(1, Db.count("SELECT count(*) FROM officer_seen WHERE upn = 'arsiparis.three'"));

        FakeOfficerRegister.down = true;
        String second = Archive.ordered();
        delegate(second, Map.of("upn", "arsiparis.three")).statusCode(200)
                .body("archivistUpn", equalTo("arsiparis.three"));
        // By NIP, from the same kept answer.
        String third = Archive.ordered();
        delegate(third, Map.of("nip", "198706062012012006")).statusCode(200)
                .body("archivistUpn", equalTo("arsiparis.three"));
    }

    @Test
    void anOfficerNeverSeenCannotBeCheckedWhileRequestServiceIsDown() {
        FakeOfficerRegister.add("arsiparis.new", "199001012019012001", "arsiparis", "2019-01-01", null);
        FakeOfficerRegister.down = true;
        String id = Archive.ordered();
        delegate(id, Map.of("upn", "arsiparis.new")).statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30").body("code", equalTo("OFFICERS_UNAVAILABLE"));
        assertEquals("ORDERED", state(id));
        assertEquals(0, Db.count("SELECT count(*) FROM officer_seen WHERE upn = 'arsiparis.new'"));

        FakeOfficerRegister.down = false;
        delegate(id, Map.of("upn", "arsiparis.new")).statusCode(200);
    }

    /**
     * The register is asked before the order's transaction begins: while a slow request-service answers, no
     * connection of this service waits inside a transaction (one that timed out there could leave half its work).
     */
    @Test
    void theRegisterIsAskedBeforeTheOrdersTransactionBegins() throws Exception {
        String id = Archive.ordered();
        FakeOfficerRegister.asked = new CountDownLatch(1);
        FakeOfficerRegister.delayMillis = 2000;
        CompletableFuture<Integer> delegation = CompletableFuture.supplyAsync(() ->
                delegate(id, Map.of("upn", "arsiparis.one")).extract().statusCode());
        assertTrue(FakeOfficerRegister.asked.await(30, TimeUnit.SECONDS), "the register was asked");
        long waitingInTransaction = Db.count("""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND state LIKE 'idle in transaction%'""");
        assertEquals(200, delegation.get(60, TimeUnit.SECONDS));
        assertEquals(0, waitingInTransaction, "no transaction held open while the register answers");
        assertEquals("DELEGATED", state(id));
    }
}
