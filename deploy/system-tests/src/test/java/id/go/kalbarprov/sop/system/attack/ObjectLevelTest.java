package id.go.kalbarprov.sop.system.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kalbarprov.sop.system.DevTokens;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OWASP API1: the right role aimed at an object that is not the caller's. */
class ObjectLevelTest {

    static AttackWorld world;
    static String draftingCase;

    @BeforeAll
    static void start() {
        world = AttackWorld.get();
        draftingCase = world.officers.caseAssignedToPelaksana("Objek milik unit lain");
    }

    private static Http.Answer send(String method, Svc svc, String path, String token, Object body) {
        Http.Call call = Http.call(method, world.url(svc, path)).token(token);
        if (body != null) {
            call.json(body);
        }
        Http.Answer answer = call.send();
        AttackSummary.OBJECT_LEVEL_CHECKS.incrementAndGet();
        assertNull(answer.problems(), answer::toString);
        return answer;
    }

    /** A decision on the review's current version; the answer as it comes. */
    static Http.Answer decide(String token, String reviewId, String decision) {
        return Http.call("POST", world.url(Svc.REVIEW, "/api/v1/reviews/" + reviewId + "/decisions")).token(token)
                .json(Map.of("decision", decision, "version", world.officers.currentVersion(reviewId))).send();
    }

    private static long count(String sql, Object... params) throws Exception {
        try (Connection c = world.system.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Map<String, Object> rows(String code) {
        return Map.of("rows", List.of(Map.of("indicatorCode", code, "indicatorName", "Disusupkan", "year", 2026,
                "period", "Q2", "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER", "target", "100",
                "actualReported", "1", "actualCorrected", "999", "reason", "Serangan")));
    }

    @Test
    void aUnitSeesAndWritesOnlyItsOwnRows() throws Exception {
        String path = "/api/v1/cases/" + draftingCase + "/submissions";
        Http.Answer asked = send("GET", Svc.REQUEST, path + "?unit=DINKES", DevTokens.unit("DISDIK"), null);
        assertEquals(200, asked.status(), asked.toString());
        assertFalse(asked.body().contains("IKU-DINKES"), "DISDIK read DINKES's rows: " + asked);
        assertTrue(asked.body().contains("IKU-DISDIK"), "DISDIK does not even see its own rows: " + asked);

        long before = count("select count(*) from request_svc.submission where case_id = ?", UUID.fromString(draftingCase));
        Map<String, Object> asDinkes = new java.util.HashMap<>(rows("IKU-DINKES"));
        asDinkes.put("unitCode", "DINKES");
        Http.Answer written = send("POST", Svc.REQUEST, path, DevTokens.unit("DISDIK"), asDinkes);
        assertTrue(written.status() == 403 || written.status() == 400 || written.status() == 409, written.toString());
        assertEquals(before, count("select count(*) from request_svc.submission where case_id = ?",
                UUID.fromString(draftingCase)));
    }

    @Test
    void aUnitReadsOnlyItsOwnPerformanceAgreement() throws Exception {
        String own = "/api/v1/agreements/DISDIK/2026";
        assertEquals(200, send("GET", Svc.REQUEST, own, DevTokens.unit("DISDIK"), null).status());
        for (String path : List.of("/api/v1/agreements/DINKES/2026", "/api/v1/agreements/DINKES/2026/revisions",
                "/api/v1/agreements/DINKES/2026/revisions/1")) {
            Http.Answer answer = send("GET", Svc.REQUEST, path, DevTokens.unit("DISDIK"), null);
            assertEquals(403, answer.status(), path + ": " + answer);
            assertFalse(answer.body().contains("IKU-DINKES"), "DISDIK read DINKES's agreement: " + answer);
        }
    }

    @Test
    void aUnitTheCaseIsNotAddressedToFindsNothing() throws Exception {
        String outsider = DevTokens.unit("BAPPEDA");
        for (String sub : List.of("", "/submissions", "/memo", "/timeline", "/reopenings", "/memo/pdf",
                "/disposition/pdf", "/reminders")) {
            Http.Answer answer = send("GET", Svc.REQUEST, "/api/v1/cases/" + draftingCase + sub, outsider, null);
            assertTrue(answer.status() == 404 || answer.status() == 403, sub + ": " + answer);
        }
        Http.Answer list = send("GET", Svc.REQUEST, "/api/v1/cases?size=100", outsider, null);
        assertFalse(list.body().contains(draftingCase), "listed to a unit it is not addressed to");
        long before = count("select count(*) from request_svc.submission where case_id = ?", UUID.fromString(draftingCase));
        Http.Answer written = send("POST", Svc.REQUEST, "/api/v1/cases/" + draftingCase + "/submissions", outsider,
                rows("IKU-BAPPEDA"));
        assertTrue(written.status() == 404 || written.status() == 403, written.toString());
        assertEquals(before, count("select count(*) from request_svc.submission where case_id = ?",
                UUID.fromString(draftingCase)));
    }

    @Test
    void aPelaksanaNotAssignedCannotTouchTheDraft() throws Exception {
        String other = DevTokens.of("pelaksana", "pelaksana.lain", "199101012016011001", null);
        JsonNode analysis = send("GET", Svc.REQUEST, "/api/v1/cases/" + draftingCase + "/analysis",
                DevTokens.pelaksana(), null).json();
        List<String> rowIds = analysis.path("rows").findValuesAsText("rowId");
        Http.Answer put = send("PUT", Svc.REQUEST, "/api/v1/cases/" + draftingCase + "/draft", other,
                Map.of("rowIds", rowIds, "notes", "bukan tugas saya", "conclusion", "x"));
        assertEquals(403, put.status(), put.toString());
        Http.Answer submit = send("POST", Svc.REQUEST, "/api/v1/cases/" + draftingCase + "/draft/submit", other, null);
        assertTrue(submit.status() == 403 || submit.status() == 409, submit.toString());
        assertEquals(0, count("select count(*) from request_svc.draft where case_id = ?", UUID.fromString(draftingCase)));
        Http.Answer correct = send("POST", Svc.REQUEST, "/api/v1/cases/" + draftingCase + "/draft/corrections",
                other, Map.of("rowId", rowIds.get(0), "actualCorrected", "1", "reason", "bukan tugas saya"));
        assertEquals(403, correct.status(), correct.toString());
        assertEquals(0, count("select count(*) from request_svc.draft_correction where case_id = ?",
                UUID.fromString(draftingCase)));
    }

    @Test
    void aPelaksanaNotAssignedReadsNoPartOfTheCaseNorOfItsReview() {
        String other = DevTokens.of("pelaksana", "pelaksana.lain", "199101012016011001", null);
        List<String> caseParts = casePartsOf(world.caseId);
        List<String> reviewParts = reviewPartsOf(world.reviewId);
        for (String part : caseParts) {
            Http.Answer answer = send("GET", Svc.REQUEST, part, other, null);
            assertEquals(403, answer.status(), part + ": " + answer);
            assertEquals("NOT_ASSIGNED", answer.code(), part + ": " + answer);
        }
        for (String part : reviewParts) {
            Http.Answer answer = send("GET", Svc.REVIEW, part, other, null);
            assertEquals(403, answer.status(), part + ": " + answer);
            assertEquals("NOT_ASSIGNED", answer.code(), part + ": " + answer);
        }
        assertFalse(send("GET", Svc.REQUEST, "/api/v1/cases?size=100", other, null).body().contains(world.caseId),
                "a case listed to a pelaksana not assigned to it");
        assertFalse(send("GET", Svc.REVIEW, "/api/v1/reviews?scope=ALL&size=100", other, null).body()
                .contains(world.reviewId), "a review listed to a pelaksana who did not compile it");
        // the pelaksana who was assigned and compiled the draft still reads all of it
        for (String part : caseParts) {
            assertEquals(200, send("GET", Svc.REQUEST, part, DevTokens.pelaksana(), null).status(), part);
        }
        for (String part : reviewParts) {
            assertEquals(200, send("GET", Svc.REVIEW, part, DevTokens.pelaksana(), null).status(), part);
        }
    }

    @Test
    void aUnitReadsNoSealsAndNoOfficialsNips() {
        String unit = DevTokens.unit("DINKES");
        for (String part : List.of("/seals", "/seals/verification")) {
            Http.Answer answer = send("GET", Svc.REVIEW, "/api/v1/reviews/" + world.reviewId + part, unit, null);
            assertEquals(403, answer.status(), part + ": " + answer);
        }
        for (String part : List.of("", "/memo")) {
            Http.Answer answer = send("GET", Svc.REQUEST, "/api/v1/cases/" + world.caseId + part, unit, null);
            assertEquals(200, answer.status(), part + ": " + answer);
            for (String nip : List.of("196609211986031004", "197001011995031001", "199003032015031003")) {
                assertFalse(answer.body().contains(nip) || answer.body().contains(nip.substring(0, 8) + " "),
                        "a unit read an official's NIP on " + part + ": " + answer);
            }
        }
        for (String officer : List.of(DevTokens.karo(), DevTokens.arsiparis(), DevTokens.auditor())) {
            assertEquals(200, send("GET", Svc.REVIEW, "/api/v1/reviews/" + world.reviewId + "/seals", officer, null)
                    .status());
        }
    }

    private static List<String> casePartsOf(String caseId) {
        String base = "/api/v1/cases/" + caseId;
        return List.of(base, base + "/submissions", base + "/memo", base + "/timeline", base + "/analysis",
                base + "/draft", base + "/drafts", base + "/drafts/1", base + "/draft/corrections",
                base + "/reopenings", base + "/memo/pdf", base + "/disposition/pdf", base + "/reminders");
    }

    private static List<String> reviewPartsOf(String reviewId) {
        String base = "/api/v1/reviews/" + reviewId;
        return List.of(base, base + "/versions", base + "/versions/1", base + "/diff?from=1&to=1", base + "/seals",
                base + "/seals/verification");
    }

    @Test
    void onePersonActsAtOneLevelOnlyAndTheArsiparisMustBeTheDelegatedOne() throws Exception {
        String caseId = world.officers.caseSubmittedForReview("Satu orang dua tingkat");
        String reviewId = world.officers.reviewId(caseId);
        // the pelaksana who compiled the draft, now acting as Kasubbag
        Http.Answer compilerReviews = decide(DevTokens.of("kasubbag", "pelaksana.sys",
                "199003032015031003", null), reviewId, "APPROVE");
        AttackSummary.OBJECT_LEVEL_CHECKS.incrementAndGet();
        assertEquals(403, compilerReviews.status(), compilerReviews.toString());

        assertEquals(201, decide(DevTokens.kasubbag(), reviewId, "APPROVE").status());
        for (String sameKasubbag : List.of(DevTokens.of("kabag", "kasubbag.sys", "197502022000032002", null),
                DevTokens.of("kabag", "plh.kabag", "197502022000032002", null))) {
            Http.Answer twice = decide(sameKasubbag, reviewId, "APPROVE");
            AttackSummary.OBJECT_LEVEL_CHECKS.incrementAndGet();
            assertEquals(403, twice.status(), twice.toString());
            assertNull(twice.problems(), twice::toString);
        }
        assertEquals(0, count("select count(*) from review_svc.review_act a join review_svc.review r on r.id = a.review_id"
                + " where r.case_id = ? and a.level = 6", UUID.fromString(caseId)));

        assertEquals(201, decide(DevTokens.kabag(), reviewId, "APPROVE").status());
        assertEquals(201, decide(DevTokens.karo(), reviewId, "APPROVE").status());
        String orderId = world.officers.orderId(caseId);
        world.officers.delegate(orderId);
        Http.Answer stranger = send("POST", Svc.ARCHIVE, "/api/v1/archive-orders/" + orderId + "/filing",
                DevTokens.of("arsiparis", "arsip.lain", "198905052011012005", null), Http.JSON.readTree(
                        "{\"classificationCode\":\"000.8.6.3\",\"fileNumber\":\"KIN-X\",\"itemNumber\":90001,"
                                + "\"processingUnit\":\"Bagian\",\"description\":\"bukan delegasi saya\","
                                + "\"periodCovered\":{\"from\":\"2026-04-01\",\"to\":\"2026-06-30\"},\"quantity\":1,"
                                + "\"medium\":\"ELECTRONIC\",\"authenticity\":\"ORIGINAL\",\"accessClass\":\"PUBLIC\","
                                + "\"location\":{\"folder\":\"F\",\"box\":\"B\",\"shelf\":\"R\"}}"));
        assertEquals(403, stranger.status(), stranger.toString());
        assertEquals(0, count("select count(*) from archive_svc.archive_record where case_id = ?",
                UUID.fromString(caseId)));

        String secret = world.officers.file(orderId, "SECRET");
        assertContentWithheld(secret, Set.of("kabag", "kasubbag", "pelaksana", "arsiparis"), Set.of("karo", "auditor"));
    }

    @Test
    void nobodyDecidesTheirOwnRetentionProposalAndADecidedOneStaysDecided() throws Exception {
        String proposal = world.officers.retentionProposal();
        // arsip.sys, the proposer, as Kasubbag under another login (same NIP), or as itself with the Kasubbag role
        for (String self : List.of(DevTokens.of("kasubbag", "plh.kasubbag.arsip", "198804042010012004", null),
                DevTokens.of("kasubbag", "arsip.sys", "198804042010012004", null))) {
            for (String decision : List.of("approval", "rejection")) {
                Http.Answer own = send("POST", Svc.ARCHIVE, "/api/v1/retention-schedule/proposals/" + proposal + "/"
                        + decision, self, Map.of(decision.equals("approval") ? "note" : "reason", "saya sendiri"));
                assertEquals(403, own.status(), own.toString());
            }
        }
        assertEquals(0, count("select count(*) from archive_svc.retention_proposal where id = ? and state <> 'PENDING'",
                UUID.fromString(proposal)));
        for (String decision : List.of("approval", "rejection")) {
            Http.Answer again = send("POST", Svc.ARCHIVE, "/api/v1/retention-schedule/proposals/" + world.proposalId
                    + "/" + decision, DevTokens.of("kasubbag", "kasubbag.lain", "197808082005011002", null),
                    Map.of(decision.equals("approval") ? "note" : "reason", "lagi"));
            assertEquals(409, again.status(), again.toString());
        }
        world.officers.approveRetentionProposal(proposal);
    }

    @Test
    void aRecordAboveTheCallersAccessClassShowsNoContent() {
        // the archived case was filed RESTRICTED: everyone but the pelaksana
        assertContentWithheld(world.recordId, Set.of("pelaksana"), Set.of("karo", "kabag", "kasubbag", "arsiparis",
                "auditor"));
    }

    private static void assertContentWithheld(String recordId, Set<String> withheldFrom, Set<String> shownTo) {
        for (String role : withheldFrom) {
            JsonNode one = send("GET", Svc.ARCHIVE, "/api/v1/records/" + recordId, AttackWorld.tokenOf(role), null).json();
            assertTrue(one.path("content").isNull() || one.path("content").isMissingNode(), role + " read " + one);
            assertTrue(one.path("contentWithheld").asBoolean(), role + ": " + one);
            Http.Answer search = send("GET", Svc.ARCHIVE, "/api/v1/records?size=100", AttackWorld.tokenOf(role), null);
            for (JsonNode item : search.json().path("items")) {
                if (recordId.equals(item.path("id").asText())) {
                    assertTrue(item.path("content").isNull() || item.path("content").isMissingNode(),
                            role + " found the content by searching");
                }
            }
        }
        for (String role : shownTo) {
            JsonNode one = send("GET", Svc.ARCHIVE, "/api/v1/records/" + recordId, AttackWorld.tokenOf(role), null).json();
            assertFalse(one.path("content").isNull() || one.path("content").isMissingNode(), role + ": " + one);
        }
        assertOrderContentFollowsItsRecord(recordId, withheldFrom, shownTo);
    }

    /** The archive order holds the same content as its record: the same access class applies to it. */
    private static void assertOrderContentFollowsItsRecord(String recordId, Set<String> withheldFrom,
                                                           Set<String> shownTo) {
        String orderId = send("GET", Svc.ARCHIVE, "/api/v1/records/" + recordId, DevTokens.karo(), null).json()
                .path("orderId").asText();
        Set<String> orderReaders = Set.of("karo", "kabag", "kasubbag", "arsiparis", "auditor");
        for (String role : withheldFrom) {
            if (!orderReaders.contains(role)) {
                continue;
            }
            JsonNode one = send("GET", Svc.ARCHIVE, "/api/v1/archive-orders/" + orderId, AttackWorld.tokenOf(role),
                    null).json();
            assertTrue(one.path("content").isNull() || one.path("content").isMissingNode(), role + " read " + one);
            assertTrue(one.path("contentWithheld").asBoolean(), role + ": " + one);
        }
        for (String role : shownTo) {
            if (orderReaders.contains(role)) {
                JsonNode one = send("GET", Svc.ARCHIVE, "/api/v1/archive-orders/" + orderId,
                        AttackWorld.tokenOf(role), null).json();
                assertFalse(one.path("content").isNull() || one.path("content").isMissingNode(), role + ": " + one);
            }
        }
    }
}
