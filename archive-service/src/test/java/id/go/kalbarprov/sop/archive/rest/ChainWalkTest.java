package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.service.ArchiveChain;
import id.go.kalbarprov.sop.archive.service.RecordSearch;
import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bounded reads: the full walk of the integrity chain is for the auditor and the arsiparis, one at a time across the
 * service, and its last verdict is kept; lists read the records' metadata, never their content.
 */
@QuarkusTest
class ChainWalkTest {

    private static final String RECORDS = "/api/v1/records";

    @Inject
    RecordSearch search;

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "pelaksana"})
    void onlyTheAuditorAndTheArsiparisWalkTheWholeChainButEveryReaderSeesTheLastVerdict(String role) {
        given().auth().oauth2(Tokens.role(role)).get(RECORDS + "/verification").then().statusCode(403);
        given().auth().oauth2(Tokens.arsiparis()).get(RECORDS + "/verification").then().statusCode(200)
                .body("intact", equalTo(true));
        given().auth().oauth2(Tokens.role(role)).get(RECORDS + "/verification/last").then().statusCode(200)
                .body("intact", equalTo(true)).body("finishedAt", notNullValue())
                .body("checked", greaterThanOrEqualTo(0));
    }

    @Test
    void theLastVerdictIsTheLastWalksWithItsTimeAndWhoRanIt() {
        Archive.filed("PUBLIC");
        long head = (Long) Db.rows("SELECT last_sequence FROM chain_head WHERE id = 1").get(0).get("last_sequence");
        String finished = given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then()
                .statusCode(200).body("intact", equalTo(true)).body("checked", equalTo((int) head))
                .extract().path("verifiedAt");
        given().auth().oauth2(Tokens.pelaksana()).get(RECORDS + "/verification/last").then().statusCode(200)
                .body("finishedAt", equalTo(finished)).body("intact", equalTo(true))
                .body("checked", equalTo((int) head)).body("lastSequence", equalTo((int) head))
                .body("runBy", notNullValue());
    }

    /** Another replica walking holds the advisory lock: this one answers 429 at once, with Retry-After. */
    @Test
    void aSecondWalkWhileOneRunsAnywhereIsRefusedWithRetryAfter() throws SQLException {
        try (Connection otherReplica = Db.connect(); var statement = otherReplica.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + ArchiveChain.WALK_LOCK + ")");
            given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(429)
                    .contentType("application/problem+json").body("code", equalTo("CHAIN_WALK_RUNNING"))
                    .header("Retry-After", notNullValue());
            statement.execute("SELECT pg_advisory_unlock(" + ArchiveChain.WALK_LOCK + ")");
        }
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(200);
    }

    @Test
    void listsReadMetadataAndOneRecordItsContent() {
        String recordId = Archive.filed("PUBLIC");
        QuarkusTransaction.requiringNew().run(() -> {
            List<ArchiveRecordEntity> found = search.search(
                    new RecordSearch.Criteria(null, null, null, null, null), 0, 20).items();
            assertFalse(found.isEmpty());
            found.forEach(r -> {
                assertFalse(Hibernate.isPropertyInitialized(r, "content"), "a list does not load the content");
                assertFalse(Hibernate.isPropertyInitialized(r, "pdf"), "a list does not load the PDF");
            });
        });
        QuarkusTransaction.requiringNew().run(() -> {
            List<ArchiveOrderEntity> orders = ArchiveOrderEntity.<ArchiveOrderEntity>findAll().page(0, 20).list();
            assertFalse(orders.isEmpty());
            orders.forEach(o -> {
                assertFalse(Hibernate.isPropertyInitialized(o, "content"), "an order list does not load the content");
                assertFalse(Hibernate.isPropertyInitialized(o, "pdf"), "an order list does not load the PDF");
            });
        });
        QuarkusTransaction.requiringNew().run(() -> {
            ArchiveRecordEntity one = search.find(UUID.fromString(recordId));
            assertTrue(one.content.contains("IKU-1"), "one record's content is read when asked for");
        });
    }
}
