package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.outbox.Inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.FixedClock;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ArchiveOrderResourceTest {

    private static final String ORDERS = "/api/v1/archive-orders/";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String state(String id) {
        return as(Tokens.karo()).get(ORDERS + id).then().statusCode(200).extract().path("state");
    }

    // Step 8 -------------------------------------------------------------------------------------------------

    @Test
    void theKabagOrdersArchivingAndTheKasubbagIsNext() {
        String id = Archive.received();
        as(Tokens.kabag()).body("{\"note\":\"Segera arsipkan\"}").post(ORDERS + id + "/order").then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("state", equalTo("ORDERED"))
                .body("orderedBy.upn", equalTo("kabag.one"))
                .body("orderedBy.nipPrinted", equalTo("19700101 199503 1 001"))
                .body("orderNote", equalTo("Segera arsipkan"))
                .body("allowedActions", hasItem("DELEGATE"));
        as(Tokens.kasubbag()).get("/api/v1/archive-orders?size=100").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kasubbag", "arsiparis", "pelaksana", "auditor", "service", "unit"})
    void onlyTheKabagOrdersArchiving(String role) {
        String id = Archive.received();
        as(Tokens.role(role)).body("{}").post(ORDERS + id + "/order").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals("RECEIVED", state(id));
    }

    @Test
    void orderingTwiceIsRefusedWithTheCurrentState() {
        String id = Archive.ordered();
        as(Tokens.kabag()).body("{}").post(ORDERS + id + "/order").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("currentState", equalTo("ORDERED"));
    }

    @Test
    void theCurrentIfMatchIsAccepted() {
        String id = Archive.ordered();
        String etag = as(Tokens.kasubbag()).get(ORDERS + id).then().extract().header("ETag");
        as(Tokens.kasubbag()).header("If-Match", etag).body(Map.of("upn", "arsiparis.one"))
                .post(ORDERS + id + "/delegation").then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String id = Archive.received();
        as(Tokens.kabag()).header("If-Match", "\"7\"").body("{}").post(ORDERS + id + "/order").then()
                .statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        assertEquals("RECEIVED", state(id));
    }

    @Test
    void anUnknownOrAMalformedOrderIdIsNotFound() {
        as(Tokens.kabag()).body("{}").post(ORDERS + java.util.UUID.randomUUID() + "/order").then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(Tokens.kabag()).body("{}").post(ORDERS + "not-a-uuid/order").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    // Step 9 -------------------------------------------------------------------------------------------------

    @Test
    void theKasubbagNamesTheArsiparisByNip() {
        String id = Archive.ordered();
        as(Tokens.kasubbag()).body(Map.of("nip", Archive.ARSIPARIS_NIP)).post(ORDERS + id + "/delegation").then()
                .statusCode(200).body("state", equalTo("DELEGATED"))
                .body("archivistNip", equalTo(Archive.ARSIPARIS_NIP))
                .body("delegatedBy.upn", equalTo("kasubbag.one"));
        as(Tokens.arsiparis()).get("/api/v1/archive-orders?size=100").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Tokens.arsiparis("arsiparis.two", null)).get("/api/v1/archive-orders?size=100").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        as(Tokens.arsiparis("arsiparis.two", null)).get(ORDERS + id).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "arsiparis", "pelaksana", "auditor", "service"})
    void onlyTheKasubbagDelegates(String role) {
        String id = Archive.ordered();
        as(Tokens.role(role)).body(Map.of("upn", "arsiparis.one")).post(ORDERS + id + "/delegation").then()
                .statusCode(403);
        assertEquals("ORDERED", state(id));
    }

    @Test
    void delegationNeedsTheKabagsOrderFirst() {
        String id = Archive.received();
        as(Tokens.kasubbag()).body(Map.of("upn", "arsiparis.one")).post(ORDERS + id + "/delegation").then()
                .statusCode(409).body("currentState", equalTo("RECEIVED"));
    }

    @Test
    void delegationNeedsAValidArsiparis() {
        String id = Archive.ordered();
        as(Tokens.kasubbag()).body("{}").post(ORDERS + id + "/delegation").then().statusCode(400)
                .body("violations.field", hasItem("upn"));
        as(Tokens.kasubbag()).body(Map.of("nip", "123")).post(ORDERS + id + "/delegation").then().statusCode(400)
                .body("violations.field", hasItem("nip"));
        as(Tokens.kasubbag()).body(Map.of("upn", "has space")).post(ORDERS + id + "/delegation").then()
                .statusCode(400);
        assertEquals("ORDERED", state(id));
    }

    @Test
    void anotherArsiparisCanBeNamedAndOnlyTheLatestMayFile() {
        String id = Archive.delegated();
        as(Tokens.kasubbag()).body(Map.of("upn", "arsiparis.two")).post(ORDERS + id + "/delegation").then()
                .statusCode(200).body("archivistUpn", equalTo("arsiparis.two"));
        as(Tokens.arsiparis()).body(Archive.filing("PUBLIC")).post(ORDERS + id + "/filing").then()
                .statusCode(403).body("code", equalTo("NOT_ASSIGNED"));
        as(Tokens.arsiparis("arsiparis.two", null)).body(Archive.filing("PUBLIC")).post(ORDERS + id + "/filing")
                .then().statusCode(201);
    }

    // Step 10 ------------------------------------------------------------------------------------------------

    @Test
    void theDelegatedArsiparisFilesItAndTheCaseIsReportedArchived() {
        String id = Archive.delegated();
        String caseId = as(Tokens.karo()).get(ORDERS + id).then().extract().path("caseId");
        String contentHash = as(Tokens.karo()).get(ORDERS + id).then().extract().path("contentHash");
        Map<String, Object> filing = Archive.filing("RESTRICTED");
        String recordId = as(Tokens.arsiparis()).body(filing).post(ORDERS + id + "/filing").then().statusCode(201)
                .body("orderId", equalTo(id))
                .body("caseId", equalTo(caseId))
                .body("classificationCode", equalTo("000.8.6.3"))
                .body("fileNumber", equalTo(filing.get("fileNumber")))
                .body("location.box", equalTo("BX-2026-01"))
                .body("retention.activeYears", equalTo(2))
                .body("retention.inactiveYears", equalTo(3))
                .body("retention.finalDisposition", equalTo("DESTROY"))
                .body("retention.inactiveFrom", equalTo("2029-01-01"))
                .body("retention.dispositionDue", equalTo("2032-01-01"))
                .body("contentHash", equalTo(contentHash))
                .body("content", notNullValue())
                .body("chain.sequence", notNullValue())
                .body("filedBy.upn", equalTo(Archive.ARSIPARIS_UPN))
                .extract().path("id");

        as(Tokens.karo()).get(ORDERS + id).then().body("state", equalTo("FILED")).body("recordId", equalTo(recordId));
        assertEquals(1, Db.count("""
                SELECT count(*) FROM outbox_event WHERE type = 'CaseStatus' AND aggregate_id = ?::uuid
                  AND payload->>'status' = 'ARCHIVED' AND (payload->>'step')::int = 10
                  AND payload->>'recordId' = ? AND payload->>'contentHash' = ?
                  AND payload->'actor'->>'upn' = 'arsiparis.one'
                  AND payload->>'eventId' IS NOT NULL AND payload->>'at' IS NOT NULL""",
                caseId, recordId, contentHash));
        assertEquals(3, Db.count("""
                SELECT count(DISTINCT (payload->>'step')::int) FROM outbox_event
                WHERE type = 'CaseStatus' AND aggregate_id = ?::uuid AND (payload->>'standardMinutes')::int = 5
                  AND payload->>'actionableAt' IS NOT NULL AND payload->>'kind' IS NOT NULL""", caseId));
        as(Tokens.auditor()).get("/api/v1/agenda?size=100&caseId=" + caseId).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.sourceService", everyItem("archive-service"))
                .body("items.find { it.sourceRef.endsWith('/filing') }.documentNumber",
                        equalTo("000.8.6.3/" + filing.get("fileNumber") + "/1"));
        assertEquals(3, Db.count("SELECT count(*) FROM task WHERE order_id = ?::uuid AND done_at IS NOT NULL", id));
    }

    @Test
    void filingTwiceIsRefused() {
        String id = Archive.delegated();
        as(Tokens.arsiparis()).body(Archive.filing("PUBLIC")).post(ORDERS + id + "/filing").then().statusCode(201);
        as(Tokens.arsiparis()).body(Archive.filing("PUBLIC")).post(ORDERS + id + "/filing").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("currentState", equalTo("FILED"));
        assertEquals(1, Db.count("SELECT count(*) FROM archive_record WHERE order_id = ?::uuid", id));
    }

    @Test
    void aRetriedFilingWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        String id = Archive.delegated();
        Map<String, Object> filing = Archive.filing("PUBLIC");
        String first = as(Tokens.arsiparis()).header("Idempotency-Key", "file-" + id).body(filing)
                .post(ORDERS + id + "/filing").then().statusCode(201).extract().path("id");
        as(Tokens.arsiparis()).header("Idempotency-Key", "file-" + id).body(filing).post(ORDERS + id + "/filing")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(1, Db.count("SELECT count(*) FROM archive_record WHERE order_id = ?::uuid", id));
    }

    @Test
    void onlyTheDelegatedArsiparisFiles() {
        String id = Archive.delegated();
        as(Tokens.arsiparis("arsiparis.two", "199001012015011001")).body(Archive.filing("PUBLIC"))
                .post(ORDERS + id + "/filing").then().statusCode(403).body("code", equalTo("NOT_ASSIGNED"));
        assertEquals("DELEGATED", state(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "pelaksana", "auditor", "service"})
    void noOtherRoleFiles(String role) {
        String id = Archive.delegated();
        as(Tokens.of(role, Archive.ARSIPARIS_UPN, null, null)).body(Archive.filing("PUBLIC"))
                .post(ORDERS + id + "/filing").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertEquals("DELEGATED", state(id));
    }

    @Test
    void filingBeforeDelegationIsRefused() {
        String id = Archive.ordered();
        as(Tokens.arsiparis()).body(Archive.filing("PUBLIC")).post(ORDERS + id + "/filing").then().statusCode(409)
                .body("currentState", equalTo("ORDERED"));
    }

    @Test
    void anUnknownClassificationCodeIsRefusedAndNothingIsFiled() {
        String id = Archive.delegated();
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("classificationCode", "999.9.9");
        as(Tokens.arsiparis()).header("Accept-Language", "id").body(filing).post(ORDERS + id + "/filing").then()
                .statusCode(422).body("code", equalTo("UNKNOWN_CLASSIFICATION"))
                .body("title", equalTo("Kode klasifikasi tidak dikenal"))
                .body("violations.field", hasItem("classificationCode"));
        assertNothingFiled(id);
    }

    @Test
    void badFilingInputIsRefusedByFieldAndNothingIsFiled() {
        String id = Archive.delegated();
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("classificationCode", "8.6.3");
        expectViolation(id, filing, "classificationCode");

        filing = Archive.filing("PUBLIC");
        filing.put("location", Map.of("folder", "F-1", "box", " "));
        expectViolation(id, filing, "location.box");

        filing = Archive.filing("PUBLIC");
        filing.put("accessClass", "TOP_SECRET");
        expectViolation(id, filing, "accessClass");

        filing = Archive.filing("PUBLIC");
        filing.put("itemNumber", "1");
        expectViolation(id, filing, "itemNumber");

        filing = Archive.filing("PUBLIC");
        filing.put("description", "x".repeat(2001));
        expectViolation(id, filing, "description");

        filing = Archive.filing("PUBLIC");
        filing.put("shelfLife", 3);
        expectViolation(id, filing, "shelfLife");

        filing = Archive.filing("PUBLIC");
        filing.remove("medium");
        expectViolation(id, filing, "medium");

        filing = Archive.filing("PUBLIC");
        filing.put("periodCovered", Map.of("from", "2026-04-01", "to", "2026-03-31"));
        expectViolation(id, filing, "periodCovered.from");

        filing = Archive.filing("PUBLIC");
        filing.put("periodCovered", Map.of("from", "2026-02-30", "to", "2026-03-31"));
        expectViolation(id, filing, "periodCovered.from");

        filing = Archive.filing("PUBLIC");
        filing.put("closingYear", 2099);
        expectViolation(id, filing, "closingYear");

        as(Tokens.arsiparis()).body("[1,2").post(ORDERS + id + "/filing").then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        as(Tokens.arsiparis()).contentType(ContentType.TEXT).body("hello").post(ORDERS + id + "/filing").then()
                .statusCode(415);
        assertNothingFiled(id);
    }

    @Test
    void anItemNumberAlreadyUsedInTheFileIsRefused() {
        Map<String, Object> filing = Archive.filing("PUBLIC");
        Archive.filed(filing);
        String id = Archive.delegated();
        expectViolation(id, filing, "itemNumber");
        assertNothingFiled(id);
    }

    @Test
    void withoutAClosingYearRetentionCountsFromTheYearOfFiling() {
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.remove("closingYear");
        filing.put("periodCovered", Map.of("from", "2025-01-01", "to", "2025-12-31"));
        String recordId = Archive.filed(filing);
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Pontianak")).getYear();
        as(Tokens.karo()).get("/api/v1/records/" + recordId).then().statusCode(200)
                .body("closingYear", equalTo(year))
                .body("retention.inactiveFrom", equalTo((year + 3) + "-01-01"))
                .body("retention.dispositionDue", equalTo((year + 6) + "-01-01"));
    }

    @Test
    void onePersonNeverActsAtTwoStepsOfTheSameOrder() {
        String both = Tokens.holding("double.hat", "197001011995031001", "kabag", "kasubbag");
        String id = Archive.received();
        as(both).body("{}").post(ORDERS + id + "/order").then().statusCode(200);
        as(both).body(Map.of("upn", "arsiparis.one")).post(ORDERS + id + "/delegation").then().statusCode(422)
                .body("code", equalTo("RULE_VIOLATED"));
        assertEquals("ORDERED", state(id));

        as(Tokens.kasubbag()).body(Map.of("upn", "kasubbag.one")).post(ORDERS + id + "/delegation").then()
                .statusCode(422).body("code", equalTo("RULE_VIOLATED"));

        String archivistAndKabag = Tokens.holding("kabag.archivist", null, "kabag", "arsiparis");
        String other = Archive.received();
        as(archivistAndKabag).body("{}").post(ORDERS + other + "/order").then().statusCode(200);
        as(Tokens.kasubbag()).body(Map.of("upn", "kabag.archivist")).post(ORDERS + other + "/delegation").then()
                .statusCode(200);
        as(archivistAndKabag).body(Archive.filing("PUBLIC")).post(ORDERS + other + "/filing").then()
                .statusCode(422).body("code", equalTo("RULE_VIOLATED"));
        assertNothingFiled(other);
    }

    @Test
    void theOrderShowsItsStepsWithStandardAndActualTimes() {
        String id = Archive.delegated();
        as(Tokens.kasubbag()).get(ORDERS + id).then().statusCode(200)
                .body("steps.step", org.hamcrest.Matchers.contains(8, 9, 10))
                .body("steps[0].task", equalTo("ORDER"))
                .body("steps[0].actorRole", equalTo("kabag"))
                .body("steps[0].standardMinutes", equalTo(5))
                .body("steps[0].doneBy", equalTo("kabag.one"))
                .body("steps[0].actualMinutes", equalTo(0.0f))
                .body("steps[2].assigneeUpn", equalTo(Archive.ARSIPARIS_UPN))
                .body("steps[2].doneAt", nullValue())
                .body("steps[2].dueAt", notNullValue());
        as(Tokens.kasubbag()).get("/api/v1/archive-orders?state=DELEGATED&size=5").then()
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("steps")));
    }

    // Inbox ---------------------------------------------------------------------------------------------------

    @Test
    void theInboxShowsTheStepWaitingWithItsWorkingTimeDeadlineAndUrgency() {
        String id = Archive.delegated();
        String caseId = as(Tokens.kasubbag()).get(ORDERS + id).then().extract().path("caseId");
        // filing (step 10) actionable Friday 27 November 2026 16:14 with 20 minutes: 16 that day, 4 on Monday
        Db.update("UPDATE task SET actionable_at = ?, standard_minutes = 20 WHERE order_id = ?::uuid "
                + "AND done_at IS NULL", java.sql.Timestamp.from(FixedClock.wib("2026-11-27T16:14")), id);
        FixedClock clock = FixedClock.installAt("2026-11-28T10:00");
        as(Tokens.arsiparis()).get("/api/v1/archive-orders?caseId=" + caseId).then().statusCode(200)
                .body("items[0].pending.step", equalTo(10))
                .body("items[0].pending.dueAt", equalTo("2026-11-30T00:34:00Z"))
                .body("items[0].pending.urgency", equalTo("DUE_SOON"));
        clock.at("2026-11-30T07:35");
        as(Tokens.arsiparis()).get("/api/v1/archive-orders?caseId=" + caseId).then()
                .body("items[0].pending.urgency", equalTo("OVERDUE"));
        as(Tokens.kasubbag()).get(ORDERS + id).then()
                .body("steps[2].urgency", equalTo("OVERDUE")).body("steps[0].urgency", nullValue());
    }

    @Test
    void eachRoleSeesWhatWaitsForIt() {
        String received = Archive.received();
        String ordered = Archive.ordered();
        as(Tokens.kabag()).get("/api/v1/archive-orders?size=100").then().statusCode(200)
                .body("items.id", hasItem(received)).body("items.id", not(hasItem(ordered)))
                .body("items[0].content", nullValue());
        as(Tokens.kasubbag()).get("/api/v1/archive-orders?size=100").then()
                .body("items.id", hasItem(ordered)).body("items.id", not(hasItem(received)));
        as(Tokens.auditor()).get("/api/v1/archive-orders?state=ORDERED&size=100").then()
                .body("items.id", hasItem(ordered)).body("items.state", everyItem("ORDERED"));
        as(Tokens.pelaksana()).get("/api/v1/archive-orders").then().statusCode(403);
        as(Tokens.service()).get("/api/v1/archive-orders").then().statusCode(403);
        as(Tokens.kabag()).get("/api/v1/archive-orders?state=LOST").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("state"));
        as(Tokens.kabag()).get("/api/v1/archive-orders?size=1000").then().statusCode(400);
    }

    @Test
    void theKabagReadsTheSignedContentBeforeOrdering() {
        String id = Archive.received();
        as(Tokens.kabag()).get(ORDERS + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("content", notNullValue()).body("seals.size()", equalTo(3));
    }

    @ParameterizedTest
    @CsvSource({
            "SECRET,       kabag,     false",
            "SECRET,       kasubbag,  false",
            "SECRET,       arsiparis, false",
            "SECRET,       karo,      true",
            "SECRET,       auditor,   true",
            "CONFIDENTIAL, arsiparis, false",
            "CONFIDENTIAL, kasubbag,  true",
            "RESTRICTED,   arsiparis, true"})
    void aFiledOrderShowsItsContentOnlyToTheRolesItsRecordsAccessClassAdmits(String accessClass, String role,
                                                                            boolean readable) {
        String recordId = Archive.filed(accessClass);
        String orderId = as(Tokens.karo()).get("/api/v1/records/" + recordId).then().extract().path("orderId");
        // the arsiparis who filed it: an order is visible to the arsiparis it was delegated to only
        String reader = "arsiparis".equals(role) ? Tokens.arsiparis() : Tokens.role(role);
        var one = as(reader).get(ORDERS + orderId).then().statusCode(200)
                .body("state", equalTo("FILED")).body("accessClass", equalTo(accessClass))
                .body("contentHash", notNullValue()).body("contentWithheld", equalTo(!readable));
        one.body("content", readable ? containsString("IKU-1") : nullValue());
        as(reader).get(ORDERS + "?state=FILED&caseId=" + caseOf(orderId)).then().statusCode(200)
                .body("items.find { it.id == '" + orderId + "' }.content", nullValue())
                .body("items.find { it.id == '" + orderId + "' }.contentWithheld", equalTo(!readable));
    }

    @Test
    void beforeFilingTheOrderHasNoAccessClassAndItsReadersSeeTheContent() {
        String id = Archive.delegated();
        for (String token : new String[] {Tokens.kabag(), Tokens.kasubbag(), Tokens.arsiparis()}) {
            as(token).get(ORDERS + id).then().statusCode(200).body("accessClass", nullValue())
                    .body("contentWithheld", equalTo(false)).body("content", containsString("IKU-1"));
        }
    }

    private static String caseOf(String orderId) {
        return as(Tokens.karo()).get(ORDERS + orderId).then().extract().path("caseId");
    }

    private static void expectViolation(String orderId, Map<String, Object> filing, String field) {
        as(Tokens.arsiparis()).body(filing).post(ORDERS + orderId + "/filing").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem(field));
    }

    private static void assertNothingFiled(String orderId) {
        assertEquals("DELEGATED", state(orderId));
        assertEquals(0, Db.count("SELECT count(*) FROM archive_record WHERE order_id = ?::uuid", orderId));
        assertEquals(0, Db.count("""
                SELECT count(*) FROM outbox_event o JOIN archive_order a ON a.case_id = o.aggregate_id
                WHERE a.id = ?::uuid AND o.payload->>'status' = 'ARCHIVED'""", orderId));
    }

    private static org.hamcrest.Matcher<?> everyItem(Object value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
