package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retention rules need two people: proposed by the arsiparis, approved (or rejected) by another Kasubbag TU. */
@QuarkusTest
class RetentionProposalResourceTest {

    private static final String SCHEDULE = "/api/v1/retention-schedule";
    private static final String PROPOSALS = SCHEDULE + "/proposals";

    static Map<String, Object> line(String code, int active, int inactive, String disposition) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classificationCode", code);
        body.put("title", "Laporan kinerja triwulanan");
        body.put("activeYears", active);
        body.put("inactiveYears", inactive);
        body.put("finalDisposition", disposition);
        body.put("note", "Dinilai kembali oleh arsiparis");
        body.put("reason", "Usulan baru untuk JRA");
        return body;
    }

    static String freshCode() {
        return "9" + ThreadLocalRandom.current().nextInt(10, 99) + "." + ThreadLocalRandom.current().nextInt(1, 999)
                + "." + ThreadLocalRandom.current().nextInt(1, 999) + "." + ThreadLocalRandom.current().nextInt(1, 999);
    }

    static Response propose(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PROPOSALS);
    }

    static String proposed(Map<String, Object> body) {
        return propose(Tokens.arsiparis(), body).then().statusCode(201).extract().path("id");
    }

    static Response approve(String token, String id) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"note\":\"Setuju\"}")
                .post(PROPOSALS + "/" + id + "/approval");
    }

    static Response reject(String token, String id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(PROPOSALS + "/" + id + "/rejection");
    }

    /** An approved new line, its version 1. */
    static String approvedLine(String code, int active, int inactive, String disposition) {
        String id = proposed(line(code, active, inactive, disposition));
        approve(Tokens.kasubbag(), id).then().statusCode(200);
        return id;
    }

    private static Response schedule() {
        return given().auth().oauth2(Tokens.auditor()).get(SCHEDULE);
    }

    // Proposed, then approved -------------------------------------------------------------------------------------

    @Test
    void aProposedLineHasNoEffectUntilTheKasubbagApprovesIt() {
        String code = freshCode();
        String id = propose(Tokens.arsiparis(), line(code, 1, 4, "REVIEW")).then().statusCode(201)
                .header("Location", containsString(PROPOSALS + "/"))
                .body("state", equalTo("PENDING")).body("kind", equalTo("NEW")).body("before", nullValue())
                .body("after.activeYears", equalTo(1)).body("reason", equalTo("Usulan baru untuk JRA"))
                .body("proposedBy.upn", equalTo(Archive.ARSIPARIS_UPN)).body("proposedAt", notNullValue())
                .body("decidedBy", nullValue())
                .extract().path("id");
        schedule().then().body("classificationCode", not(hasItem(code)));
        // Not in the classification list yet: nothing can be filed under it.
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("classificationCode", code);
        String orderId = Archive.delegated();
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body(filing)
                .post("/api/v1/archive-orders/" + orderId + "/filing").then().statusCode(422)
                .body("code", equalTo("UNKNOWN_CLASSIFICATION"));

        approve(Tokens.kasubbag(), id).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("decidedBy.upn", equalTo("kasubbag.one")).body("decidedAt", notNullValue())
                .body("decisionReason", equalTo("Setuju")).body("resultingVersion", equalTo(1));
        schedule().then().body("find { it.classificationCode == '" + code + "' }.version", equalTo(1))
                .body("find { it.classificationCode == '" + code + "' }.approvedBy", equalTo("kasubbag.one"))
                .body("find { it.classificationCode == '" + code + "' }.createdBy", equalTo(Archive.ARSIPARIS_UPN))
                .body("find { it.classificationCode == '" + code + "' }.proposalId", equalTo(id));
        String recordId = Archive.filed(filing);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/records/" + recordId).then()
                .body("retention.finalDisposition", equalTo("REVIEW"))
                .body("retention.inactiveFrom", equalTo("2028-01-01"))
                .body("retention.dispositionDue", equalTo("2032-01-01"));
    }

    @Test
    void aChangeAppliesFromItsApprovalAndFiledRecordsKeepTheirRetention() {
        String code = freshCode();
        approvedLine(code, 1, 4, "REVIEW");
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("classificationCode", code);
        String before = Archive.filed(filing);

        Map<String, Object> change = line(code, 3, 7, "PERMANENT");
        change.put("baseVersion", 1);
        change.put("reason", "Ketentuan baru");
        String id = propose(Tokens.arsiparis(), change).then().statusCode(201).body("kind", equalTo("CHANGE"))
                .body("baseVersion", equalTo(1)).body("before.activeYears", equalTo(1))
                .body("before.finalDisposition", equalTo("REVIEW")).body("after.activeYears", equalTo(3))
                .extract().path("id");
        // Pending: filing still takes the approved line.
        Map<String, Object> whilePending = Archive.filing("PUBLIC");
        whilePending.put("classificationCode", code);
        String pendingRecord = Archive.filed(whilePending);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/records/" + pendingRecord).then()
                .body("retention.activeYears", equalTo(1)).body("retention.finalDisposition", equalTo("REVIEW"));

        approve(Tokens.kasubbag(), id).then().statusCode(200).body("resultingVersion", equalTo(2));
        schedule().then().body("find { it.classificationCode == '" + code + "' }.version", equalTo(2))
                .body("find { it.classificationCode == '" + code + "' }.activeYears", equalTo(3))
                .body("find { it.classificationCode == '" + code + "' }.finalDisposition", equalTo("PERMANENT"));
        Map<String, Object> after = Archive.filing("PUBLIC");
        after.put("classificationCode", code);
        String afterRecord = Archive.filed(after);
        // The due lists (records/due?stage=) read these dates.
        given().auth().oauth2(Tokens.karo()).get("/api/v1/records/" + afterRecord).then()
                .body("retention.activeYears", equalTo(3)).body("retention.finalDisposition", equalTo("PERMANENT"))
                .body("retention.inactiveFrom", equalTo("2030-01-01"))
                .body("retention.dispositionDue", equalTo("2037-01-01"));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/records/" + before).then()
                .body("retention.activeYears", equalTo(1)).body("retention.finalDisposition", equalTo("REVIEW"))
                .body("retention.dispositionDue", equalTo("2032-01-01"));
    }

    @Test
    void theHistoryOfALineListsItsProposalsAndDecisionsWithWhoAndWhen() {
        String code = freshCode();
        String created = approvedLine(code, 1, 4, "REVIEW");
        Map<String, Object> change = line(code, 2, 4, "REVIEW");
        change.put("baseVersion", 1);
        String rejected = proposed(change);
        reject(Tokens.kasubbag(), rejected, "Belum ada dasar hukumnya").then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("decisionReason", equalTo("Belum ada dasar hukumnya"))
                .body("resultingVersion", nullValue());
        String approved = proposed(change);
        approve(Tokens.kasubbag(), approved).then().statusCode(200);

        given().auth().oauth2(Tokens.auditor()).queryParam("classificationCode", code).get(PROPOSALS).then()
                .statusCode(200).body("total", equalTo(3))
                .body("items.id", contains(created, rejected, approved))
                .body("items.state", contains("APPROVED", "REJECTED", "APPROVED"))
                .body("items.proposedBy.upn", everyIs(Archive.ARSIPARIS_UPN, 3))
                .body("items.decidedBy.upn", everyIs("kasubbag.one", 3))
                .body("items.resultingVersion", contains(1, null, 2));
        given().auth().oauth2(Tokens.kabag()).queryParam("classificationCode", code).queryParam("state", "REJECTED")
                .get(PROPOSALS).then().body("items.id", contains(rejected));
        given().auth().oauth2(Tokens.arsiparis()).get(PROPOSALS + "/" + rejected).then().statusCode(200)
                .body("decidedBy.nip", equalTo("197502022000032002"));
        // The schedule changed only by the approved ones.
        schedule().then().body("find { it.classificationCode == '" + code + "' }.activeYears", equalTo(2));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyIs(String value, int times) {
        return contains(java.util.Collections.nCopies(times, org.hamcrest.Matchers.equalTo(value)));
    }

    // Two people ------------------------------------------------------------------------------------------------

    @Test
    void theProposerCannotApproveOrRejectTheirOwnProposalEvenHoldingBothRoles() {
        String both = Tokens.holding("arsip.kasubbag", "198801012012011001", "arsiparis", "kasubbag");
        String code = freshCode();
        String id = propose(both, line(code, 1, 4, "REVIEW")).then().statusCode(201).extract().path("id");
        approve(both, id).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("OWN_PROPOSAL"));
        reject(both, id, "saya tarik").then().statusCode(403).body("code", equalTo("OWN_PROPOSAL"));
        // The same person by NIP under another login.
        String sameNip = Tokens.person("kasubbag", "another.login", "198801012012011001", false);
        approve(sameNip, id).then().statusCode(403).body("code", equalTo("OWN_PROPOSAL"));
        given().auth().oauth2(Tokens.auditor()).get(PROPOSALS + "/" + id).then().body("state", equalTo("PENDING"));
        schedule().then().body("classificationCode", not(hasItem(code)));
        approve(Tokens.kasubbag(), id).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arsiparis", "karo", "kabag", "pelaksana", "unit", "auditor", "review-service"})
    void onlyAKasubbagDecides(String role) {
        String id = proposed(line(freshCode(), 1, 4, "REVIEW"));
        approve(Tokens.role(role), id).then().statusCode(403).contentType("application/problem+json");
        reject(Tokens.role(role), id, "tidak").then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).get(PROPOSALS + "/" + id).then().body("state", equalTo("PENDING"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasubbag", "karo", "kabag", "pelaksana", "unit", "auditor", "archive-service"})
    void onlyTheArsiparisProposes(String role) {
        long before = Db.count("SELECT count(*) FROM retention_proposal");
        String code = freshCode();
        propose(Tokens.role(role), line(code, 1, 4, "REVIEW")).then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, Db.count("SELECT count(*) FROM retention_proposal WHERE classification_code = ?", code));
        assertEquals(true, Db.count("SELECT count(*) FROM retention_proposal") >= before);
    }

    @Test
    void pelaksanaAndUnitsDoNotReadProposals() {
        given().auth().oauth2(Tokens.pelaksana()).get(PROPOSALS).then().statusCode(403);
        given().auth().oauth2(Tokens.unit("DINKES")).get(PROPOSALS).then().statusCode(403);
        given().auth().oauth2(Tokens.unit("DINKES")).get(SCHEDULE + "/minimums").then().statusCode(403);
    }

    // Decided once -----------------------------------------------------------------------------------------------

    @Test
    void aRejectedOrAppliedProposalIsNeverDecidedAgain() {
        String code = freshCode();
        String rejected = proposed(line(code, 1, 4, "REVIEW"));
        reject(Tokens.kasubbag(), rejected, "Tidak perlu").then().statusCode(200);
        approve(Tokens.kasubbag(), rejected).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("currentState", equalTo("REJECTED"));
        approve(Tokens.person("kasubbag", "kasubbag.two", null, true), rejected).then().statusCode(409);
        schedule().then().body("classificationCode", not(hasItem(code)));

        String applied = approvedLine(code, 1, 4, "REVIEW");
        approve(Tokens.kasubbag(), applied).then().statusCode(409).body("currentState", equalTo("APPROVED"));
        reject(Tokens.kasubbag(), applied, "terlambat").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        given().auth().oauth2(Tokens.auditor()).get(PROPOSALS + "/" + applied).then()
                .body("state", equalTo("APPROVED")).body("decisionReason", equalTo("Setuju"));
        schedule().then().body("find { it.classificationCode == '" + code + "' }.version", equalTo(1));
    }

    @Test
    void aProposalStaleSinceTheLineChangedIsRefusedWithTheCurrentVersion() {
        String code = freshCode();
        approvedLine(code, 1, 4, "REVIEW");
        Map<String, Object> first = line(code, 2, 4, "REVIEW");
        first.put("baseVersion", 1);
        Map<String, Object> second = line(code, 3, 4, "REVIEW");
        second.put("baseVersion", 1);
        String one = proposed(first);
        String two = proposed(second);
        approve(Tokens.kasubbag(), one).then().statusCode(200);
        approve(Tokens.kasubbag(), two).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("STALE_PROPOSAL")).body("currentVersion", equalTo(2));
        given().auth().oauth2(Tokens.auditor()).get(PROPOSALS + "/" + two).then().body("state", equalTo("PENDING"));
        schedule().then().body("find { it.classificationCode == '" + code + "' }.activeYears", equalTo(2));
        // Proposing from an old version is refused at once too; a new line for a code that exists as well.
        propose(Tokens.arsiparis(), second).then().statusCode(409).body("code", equalTo("STALE_PROPOSAL"))
                .body("currentVersion", equalTo(2));
        propose(Tokens.arsiparis(), line(code, 1, 4, "REVIEW")).then().statusCode(409)
                .body("code", equalTo("CONFLICT"));
        // Two proposals of one new code: the second approval finds the line there.
        String other = freshCode();
        String a = proposed(line(other, 1, 4, "REVIEW"));
        String b = proposed(line(other, 2, 4, "REVIEW"));
        approve(Tokens.kasubbag(), a).then().statusCode(200);
        approve(Tokens.kasubbag(), b).then().statusCode(409).body("code", equalTo("STALE_PROPOSAL"));
        // A change of a line that does not exist.
        Map<String, Object> missing = line(freshCode(), 1, 4, "REVIEW");
        missing.put("baseVersion", 1);
        propose(Tokens.arsiparis(), missing).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void doubleApprovalsRacingHaveExactlyOneWinner() throws Exception {
        String code = freshCode();
        approvedLine(code, 1, 4, "REVIEW");
        Map<String, Object> change = line(code, 2, 4, "REVIEW");
        change.put("baseVersion", 1);
        String same = proposed(change);
        String rival = proposed(change);
        String newCode = freshCode();
        String newA = proposed(line(newCode, 1, 4, "REVIEW"));
        String newB = proposed(line(newCode, 1, 5, "REVIEW"));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String by = Tokens.person("kasubbag", "kasubbag.racer" + i, null, false);
            calls.add(() -> approve(by, same).statusCode());
        }
        calls.add(() -> approve(Tokens.kasubbag(), rival).statusCode());
        calls.add(() -> approve(Tokens.kasubbag(), newA).statusCode());
        calls.add(() -> approve(Tokens.kasubbag(), newB).statusCode());
        List<Integer> statuses = race(calls);
        assertEquals(1, statuses.subList(0, 5).stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(4, statuses.subList(0, 5).stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(List.of(200, 409), statuses.subList(5, 7).stream().sorted().toList(), statuses.toString());
        assertEquals(2, Db.count("SELECT version FROM retention_rule WHERE classification_code = ?", code));
        assertEquals(1, Db.count("SELECT version FROM retention_rule WHERE classification_code = ?", newCode));
        assertEquals(1, Db.count("SELECT count(*) FROM retention_proposal WHERE classification_code = ? "
                + "AND state = 'APPROVED' AND resulting_version = 2", code));
    }

    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    // Minimum retention ------------------------------------------------------------------------------------------

    @Test
    void aDestroyingRuleBelowItsClassificationsMinimumIsRefusedNamingTheFields() {
        Map<String, Object> change = line("000.8.6.3", 0, 0, "DESTROY");
        change.put("baseVersion", currentVersion("000.8.6.3"));
        long before = Db.count("SELECT count(*) FROM retention_proposal");
        propose(Tokens.arsiparis(), change).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("RETENTION_BELOW_MINIMUM")).body("minimumYears", equalTo(5))
                .body("violations.field", hasItems("activeYears", "inactiveYears"))
                .body("detail", containsString("5"));
        given().auth().oauth2(Tokens.arsiparis()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(change).post(PROPOSALS).then().statusCode(400)
                .body("title", equalTo("Retensi di bawah batas minimum klasifikasinya"));
        // A sub-code is held to its parent's minimum; 5 years is enough.
        propose(Tokens.arsiparis(), line("000.8.6.3." + ThreadLocalRandom.current().nextInt(100, 999), 2, 2,
                "DESTROY")).then().statusCode(400).body("minimumYears", equalTo(5));
        assertEquals(before, Db.count("SELECT count(*) FROM retention_proposal"));
        // Keeping records permanently or reviewing them is not limited.
        propose(Tokens.arsiparis(), line(freshCode(), 0, 0, "REVIEW")).then().statusCode(201);
    }

    @Test
    void withoutAKnownMinimumDestructionNeedsAtLeastOneYear() {
        String code = freshCode();
        propose(Tokens.arsiparis(), line(code, 0, 0, "DESTROY")).then().statusCode(400)
                .body("code", equalTo("RETENTION_BELOW_MINIMUM")).body("minimumYears", equalTo(1))
                .body("detail", containsString("no minimum is known"));
        propose(Tokens.arsiparis(), line(code, 0, 1, "DESTROY")).then().statusCode(201);
        given().auth().oauth2(Tokens.arsiparis()).get(SCHEDULE + "/minimums").then().statusCode(200)
                .body("defaultMinimumYears", equalTo(1))
                .body("items.find { it.classificationCode == '000.8.6.3' }.minimumYears", equalTo(5))
                .body("items.find { it.classificationCode == '000.8.6.3' }.source", containsString("domain"));
    }

    @Test
    void theMinimumIsCheckedAgainAtApproval() {
        String parent = freshCode();
        String code = parent + ".1";
        String id = proposed(line(code, 1, 1, "DESTROY"));
        // The minimum of its class was raised (by migration) after the proposal was made.
        Db.update("INSERT INTO retention_minimum VALUES (?, 10, 'test')", parent);
        try {
            approve(Tokens.kasubbag(), id).then().statusCode(400).body("code", equalTo("RETENTION_BELOW_MINIMUM"))
                    .body("minimumYears", equalTo(10)).body("violations.field", hasItem("activeYears"));
            given().auth().oauth2(Tokens.auditor()).get(PROPOSALS + "/" + id).then()
                    .body("state", equalTo("PENDING"));
            schedule().then().body("classificationCode", not(hasItem(code)));
        } finally {
            Db.update("DELETE FROM retention_minimum WHERE classification_code = ?", parent);
        }
        approve(Tokens.kasubbag(), id).then().statusCode(200);
    }

    // Bad input ---------------------------------------------------------------------------------------------------

    @Test
    void badProposalsAndDecisionsAreRefusedAndNothingIsStored() {
        long before = Db.count("SELECT count(*) FROM retention_proposal");
        for (String field : List.of("classificationCode", "title", "reason", "activeYears", "finalDisposition")) {
            Map<String, Object> body = line(freshCode(), 1, 4, "REVIEW");
            body.remove(field);
            expectViolation(body, field);
        }
        Map<String, Object> body = line("9.1", 1, 4, "REVIEW");
        expectViolation(body, "classificationCode");
        body = line(freshCode(), -2, 4, "REVIEW");
        expectViolation(body, "activeYears");
        body = line(freshCode(), 1, 4, "BURN");
        expectViolation(body, "finalDisposition");
        body = line(freshCode(), 1, 4, "REVIEW");
        body.put("activeYears", 2.5);
        expectViolation(body, "activeYears");
        body = line(freshCode(), 1, 4, "REVIEW");
        body.put("baseVersion", 0);
        expectViolation(body, "baseVersion");
        body = line(freshCode(), 1, 4, "REVIEW");
        body.put("reason", "x".repeat(2001));
        expectViolation(body, "reason");
        body = line(freshCode(), 1, 4, "REVIEW");
        body.put("approvedBy", "kasubbag.one");
        propose(Tokens.arsiparis(), body).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body("{\"classificationCode\":")
                .post(PROPOSALS).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        assertEquals(before, Db.count("SELECT count(*) FROM retention_proposal"));

        String id = proposed(line(freshCode(), 1, 4, "REVIEW"));
        reject(Tokens.kasubbag(), id, " ").then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body("{}")
                .post(PROPOSALS + "/" + id + "/rejection").then().statusCode(400);
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body("{\"note\":7}")
                .post(PROPOSALS + "/" + id + "/approval").then().statusCode(400);
        approve(Tokens.kasubbag(), UUID.randomUUID().toString()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body("{}")
                .post(PROPOSALS + "/not-a-uuid/approval").then().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).queryParam("state", "MAYBE").get(PROPOSALS).then().statusCode(400);
        given().auth().oauth2(Tokens.auditor()).get(PROPOSALS + "/" + id).then().body("state", equalTo("PENDING"));
        // An approval without a body is fine.
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON)
                .post(PROPOSALS + "/" + id + "/approval").then().statusCode(200).body("decisionReason", nullValue());
    }

    @Test
    void aRetriedProposalOrApprovalWithTheSameIdempotencyKeyHappensOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = line(freshCode(), 1, 4, "REVIEW");
        String first = given().auth().oauth2(Tokens.arsiparis()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post(PROPOSALS).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.arsiparis()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(PROPOSALS).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(1, Db.count("SELECT count(*) FROM retention_proposal WHERE classification_code = ?",
                body.get("classificationCode")));
        String approvalKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.kasubbag()).header("Idempotency-Key", approvalKey)
                    .contentType(ContentType.JSON).body("{}").post(PROPOSALS + "/" + first + "/approval").then()
                    .statusCode(200).body("resultingVersion", equalTo(1));
        }
    }

    private static int currentVersion(String code) {
        return (int) Db.count("SELECT version FROM retention_rule WHERE classification_code = ?", code);
    }

    private static void expectViolation(Map<String, Object> body, String field) {
        propose(Tokens.arsiparis(), body).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem(field));
    }
}
