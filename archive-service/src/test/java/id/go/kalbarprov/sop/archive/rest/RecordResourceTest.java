package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.archive.service.RecordSearch;
import id.go.kalbarprov.sop.platform.rest.Paged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RecordResourceTest {

    private static final String RECORDS = "/api/v1/records";

    @Inject
    RecordSearch records;

    @Inject
    EntityManager em;

    // Reading by access class ------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "PUBLIC,       pelaksana, true",
            "RESTRICTED,   pelaksana, false",
            "RESTRICTED,   arsiparis, true",
            "CONFIDENTIAL, arsiparis, false",
            "CONFIDENTIAL, kasubbag,  true",
            "SECRET,       kabag,     false",
            "SECRET,       karo,      true",
            "SECRET,       auditor,   true"})
    void contentFollowsTheAccessClassAndMetadataIsAlwaysShown(String accessClass, String role, boolean readable) {
        String recordId = Archive.filed(accessClass);
        var response = given().auth().oauth2(Tokens.role(role)).get(RECORDS + "/" + recordId).then()
                .statusCode(200).body("id", equalTo(recordId)).body("accessClass", equalTo(accessClass))
                .body("contentHash", notNullValue()).body("location.shelf", equalTo("R1-A"))
                .body("contentWithheld", equalTo(!readable));
        if (readable) {
            response.body("content", containsString("IKU-1"));
        } else {
            response.body("content", nullValue());
        }
    }

    @Test
    void unitsAndServicesDoNotReadTheArchive() {
        given().auth().oauth2(Tokens.role("unit")).get(RECORDS).then().statusCode(403);
        given().auth().oauth2(Tokens.service()).get(RECORDS).then().statusCode(403);
        given().auth().oauth2(Tokens.service()).get(RECORDS + "/verification").then().statusCode(403);
    }

    @Test
    void anUnknownRecordIsNotFound() {
        given().auth().oauth2(Tokens.karo()).get(RECORDS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    // Search ----------------------------------------------------------------------------------------------------

    @Test
    void recordsAreFoundByCaseClassificationYearUnitAndText() {
        String marker = "penanda-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("description", "Koreksi " + marker + " 100% lengkap");
        filing.put("processingUnit", "BAG-" + marker);
        String recordId = Archive.filed(filing);
        String caseId = given().auth().oauth2(Tokens.karo()).get(RECORDS + "/" + recordId).then().extract()
                .path("caseId");

        search("caseId=" + caseId).body("total", equalTo(1)).body("items[0].id", equalTo(recordId))
                .body("items[0].content", nullValue());
        searchText(marker.toUpperCase()).body("total", equalTo(1));
        searchText(marker + " 100%").body("total", equalTo(1));
        searchText(marker + "_").body("total", equalTo(0));
        search("unit=bag-" + marker).body("total", equalTo(1));
        search("classificationCode=000.8&unit=BAG-" + marker).body("total", equalTo(1));
        search("classificationCode=000.8.6&unit=BAG-" + marker).body("total", equalTo(1));
        search("classificationCode=000.5&unit=BAG-" + marker).body("total", equalTo(0));
        search("year=2026&unit=BAG-" + marker).body("total", equalTo(1));
        search("year=2025&unit=BAG-" + marker).body("total", equalTo(0));
        given().auth().oauth2(Tokens.karo()).get(RECORDS + "?classificationCode=abc").then().statusCode(400);
        given().auth().oauth2(Tokens.karo()).get(RECORDS + "?year=twenty").then().statusCode(400);
        given().auth().oauth2(Tokens.karo()).get(RECORDS + "?size=0").then().statusCode(400);
    }

    @Test
    void aSearchByTextCountsToItsOwnCapAndIsPlannedForItsValues() {
        String marker = "hitung-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> filing = Archive.filing("PUBLIC");
            filing.put("description", "Koreksi " + marker);
            filing.put("processingUnit", "BAG-" + marker);
            Archive.filed(filing);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            RecordSearch.RecordPage byText = records.search(new RecordSearch.Criteria(null, null, null, null, marker),
                    0, 1);
            assertEquals(2, byText.total());
            assertEquals(Paged.SEARCH_TOTAL_CAP, byText.cap());
            assertEquals("force_custom_plan", em.createNativeQuery("SHOW plan_cache_mode").getSingleResult());
            RecordSearch.RecordPage byUnit = records.search(
                    new RecordSearch.Criteria(null, null, null, "BAG-" + marker, null), 0, 1);
            assertEquals(2, byUnit.total());
            assertEquals(Paged.TOTAL_CAP, byUnit.cap());
        });
        // Only for the search's transaction.
        assertEquals("auto", QuarkusTransaction.requiringNew().call(
                () -> em.createNativeQuery("SHOW plan_cache_mode").getSingleResult()));
        searchText(marker).body("total", equalTo(2)).body("totalExact", equalTo(true));
    }

    @Test
    void listsArePaginated() {
        Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "?size=1&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    private static io.restassured.response.ValidatableResponse searchText(String text) {
        return given().auth().oauth2(Tokens.arsiparis()).queryParam("q", text).get(RECORDS).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse search(String query) {
        return given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "?" + query).then().statusCode(200);
    }

    // Retention due -----------------------------------------------------------------------------------------------

    @Test
    void recordsComeDueForInactiveAndThenForTheirFinalDisposition() {
        String recordId = Archive.filed("PUBLIC");
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/due?on=2028-12-31&stage=INACTIVE&size=100")
                .then().statusCode(200).body("items.id", not(hasItem(recordId)));
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/due?on=2029-01-01&stage=INACTIVE&size=100")
                .then().statusCode(200).body("items.id", hasItem(recordId));
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/due?on=2031-12-31&size=100")
                .then().statusCode(200).body("items.id", not(hasItem(recordId)));
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/due?on=2032-01-01&size=100")
                .then().statusCode(200).body("items.id", hasItem(recordId))
                .body("items.retention.finalDisposition", everyItem(notNullValue()));
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/due?on=2032-01-01&stage=INACTIVE&size=100")
                .then().statusCode(200).body("items.id", not(hasItem(recordId)));
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/due?on=someday").then().statusCode(400)
                .body("violations.field", hasItem("on"));
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/due").then().statusCode(200);
    }

    // Immutability and the chain ---------------------------------------------------------------------------------

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAFiledRecord() throws SQLException {
        String recordId = Archive.filed("PUBLIC");
        try (Connection c = Db.connect()) {
            SQLException update = assertThrows(SQLException.class, () -> execute(c,
                    "UPDATE archive_record SET description = 'changed' WHERE id = ?::uuid", recordId));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> execute(c,
                    "DELETE FROM archive_record WHERE id = ?::uuid", recordId));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(SQLException.class, () -> execute(c, "TRUNCATE archive_record CASCADE"));
        }
        given().auth().oauth2(Tokens.karo()).get(RECORDS + "/" + recordId).then()
                .body("description", not(equalTo("changed")));
    }

    @Test
    void verificationFindsTheFirstRecordAlteredBehindTheServicesBack() throws SQLException {
        String first = Archive.filed("PUBLIC");
        String second = Archive.filed("PUBLIC");
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBroken", nullValue());
        long firstSequence = Db.count("SELECT sequence FROM archive_record WHERE id = ?::uuid", first);

        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (var statement = c.createStatement()) {
                // As superuser, replica mode skips ordinary triggers: the tampering the trigger stops through SQL.
                statement.execute("SET LOCAL session_replication_role = replica");
            }
            execute(c, "UPDATE archive_record SET description = description || ' (edited)' WHERE id = ?::uuid",
                    first);
            execute(c, "UPDATE archive_record SET location_box = 'moved' WHERE id = ?::uuid", second);
            c.commit();
        }
        try {
            given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBroken.recordId", equalTo(first))
                    .body("firstBroken.sequence", equalTo((int) firstSequence))
                    .body("firstBroken.fault", equalTo("RECORD_ALTERED"));
        } finally {
            try (Connection c = Db.connect()) {
                c.setAutoCommit(false);
                try (var statement = c.createStatement()) {
                    statement.execute("SET LOCAL session_replication_role = replica");
                }
                execute(c, "UPDATE archive_record SET description = replace(description, ' (edited)', '') "
                        + "WHERE id = ?::uuid", first);
                execute(c, "UPDATE archive_record SET location_box = 'BX-2026-01' WHERE id = ?::uuid", second);
                c.commit();
            }
        }
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().body("intact", equalTo(true));
    }

    @Test
    void verificationFindsAlteredContent() throws SQLException {
        String recordId = Archive.filed("SECRET");
        String original;
        try (Connection c = Db.connect(); var statement = c.createStatement()) {
            var rows = statement.executeQuery("SELECT content FROM archive_record WHERE id = '" + recordId + "'");
            rows.next();
            original = rows.getString(1);
        }
        tamper("UPDATE archive_record SET content = replace(content, '87.5', '99.9') WHERE id = ?::uuid", recordId);
        try {
            given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then()
                    .body("intact", equalTo(false)).body("firstBroken.recordId", equalTo(recordId))
                    .body("firstBroken.fault", equalTo("CONTENT_ALTERED"));
        } finally {
            try (Connection c = Db.connect()) {
                c.setAutoCommit(false);
                try (var statement = c.createStatement()) {
                    statement.execute("SET LOCAL session_replication_role = replica");
                }
                try (PreparedStatement restore = c.prepareStatement(
                        "UPDATE archive_record SET content = ? WHERE id = ?::uuid")) {
                    restore.setString(1, original);
                    restore.setString(2, recordId);
                    restore.executeUpdate();
                }
                c.commit();
            }
        }
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().body("intact", equalTo(true));
    }

    @Test
    void verificationFindsARecordRemovedBehindTheServicesBack() throws SQLException {
        String removed = Archive.filed("PUBLIC");
        String next = Archive.filed("PUBLIC");
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (var statement = c.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
                statement.execute("CREATE TEMP TABLE removed_record AS SELECT * FROM archive_record WHERE id = '"
                        + removed + "'");
                statement.execute("DELETE FROM archive_record WHERE id = '" + removed + "'");
            }
            c.commit();
            try {
                given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBroken.recordId", equalTo(next))
                        .body("firstBroken.fault", equalTo("LINK_BROKEN"));
            } finally {
                try (var statement = c.createStatement()) {
                    statement.execute("SET LOCAL session_replication_role = replica");
                    statement.execute("INSERT INTO archive_record SELECT * FROM removed_record");
                }
                c.commit();
            }
        }
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().body("intact", equalTo(true));
    }

    @Test
    void concurrentFilingsNeverShareAPredecessor() throws Exception {
        int filings = 8;
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < filings; i++) {
            orders.add(Archive.delegated());
        }
        ExecutorService pool = Executors.newFixedThreadPool(filings);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String orderId : orders) {
                Callable<Integer> file = () -> given().auth().oauth2(Tokens.arsiparis())
                        .contentType(ContentType.JSON).body(Archive.filing("PUBLIC"))
                        .post("/api/v1/archive-orders/" + orderId + "/filing").then().extract().statusCode();
                results.add(pool.submit(file));
            }
            for (Future<Integer> result : results) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(0, Db.count("""
                SELECT count(*) FROM (SELECT previous_hash FROM archive_record GROUP BY previous_hash
                                      HAVING count(*) > 1) shared"""));
        assertEquals(Db.count("SELECT count(*) FROM archive_record"),
                Db.count("SELECT max(sequence) FROM archive_record"));
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then()
                .body("intact", equalTo(true))
                .body("checked", equalTo((int) Db.count("SELECT count(*) FROM archive_record")));
    }

    private static void tamper(String sql, String recordId) throws SQLException {
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (var statement = c.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
            }
            execute(c, sql, recordId);
            c.commit();
        }
    }

    private static void execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.execute();
        }
    }
}
