package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One case through all ten steps across the three services, with returns at every level. */
class WholeCaseTest extends SystemTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Pontianak");

    @Test
    void aCaseGoesThroughAllTenStepsAndIsArchivedWithItsSignedHash() {
        String caseId = officers.caseSubmittedForReview("Koreksi lengkap");
        String reviewId = officers.reviewId(caseId);
        officers.approveChain(reviewId);
        String signedHash = given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId).then().statusCode(200)
                .body("status", equalTo("SIGNED")).extract().path("currentContentHash");

        String recordId = officers.archive(officers.orderId(caseId));
        officers.awaitCaseState(caseId, "ARCHIVED");

        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.ARCHIVE) + "/api/v1/records/" + recordId)
                .then().statusCode(200).body("contentHash", equalTo(signedHash))
                // verified by the archive against review-service's published keyring (GET /api/v1/seals/keys)
                .body("sealsVerified", equalTo(true))
                .body("seals.level", equalTo(List.of(5, 6, 7)))
                .body("seals.post", equalTo(List.of("Kasubbag TU", "Kabag Tatalaksana", "Karo Organisasi")))
                .body("documentNumber", org.hamcrest.Matchers.startsWith("000.8.6.3/"));
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.ARCHIVE) + "/api/v1/records/verification")
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId + "/seals/verification")
                .then().statusCode(200).body("allValid", equalTo(true));
        officers.timeline(caseId).then().statusCode(200).body("state", equalTo("ARCHIVED"))
                .body("steps.step", hasItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        List<String> agendaSources = Officers.await("agenda entries of " + caseId, () -> {
            List<String> refs = given().auth().oauth2(DevTokens.auditor())
                    .get(system.url(Svc.ARCHIVE) + "/api/v1/agenda?caseId=" + caseId + "&size=100")
                    .path("items.sourceRef");
            return refs != null && refs.size() >= 6 ? refs : null;
        });
        assertTrue(agendaSources.stream().anyMatch(r -> r.endsWith("/Memo")), agendaSources.toString());
    }

    /**
     * Buku Agenda: a case's whole correspondence across the three services, in order, each entry with its own number
     * and date, its step, parties, classification and attachments. Documents other parts add (e.g. the signed
     * correction) may sit between these; the ones below must all be there, in this order.
     */
    @Test
    void theAgendaBookHoldsTheCasesWholeCorrespondenceInOrder() {
        String letterDate = LocalDate.now(WIB).minusDays(5).toString();
        String replyDate = LocalDate.now(WIB).minusDays(1).toString();
        String caseId = given().auth().oauth2(DevTokens.karo()).contentType(ContentType.JSON).body(Map.of(
                        "title", "Koreksi dengan agenda", "year", 2026, "period", "Q2", "reason", "Realisasi keliru",
                        "targetUnits", List.of("DINKES", "DISDIK"), "dueDate", LocalDate.now().plusDays(7).toString(),
                        "instruction", "Siapkan Nota Dinas", "urgency", "SEGERA",
                        "letter", Map.of("number", "005/77/BAPPEDA/2026", "date", letterDate, "from", "Kepala BAPPEDA",
                                "receivedAt", Instant.now().minus(Duration.ofHours(1)).toString())))
                .post(system.url(Svc.REQUEST) + "/api/v1/cases").then().statusCode(201).extract().path("id");
        String memoNumber = given().auth().oauth2(DevTokens.kabag()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Permintaan data", "body", "Mohon data koreksi.", "nature", "SEGERA",
                        "attachments", 2))
                .post(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/memo").then().statusCode(201)
                .extract().path("number");
        // the disposition and the Nota Dinas as PDFs: what the JSON records as their SHA-256 is what was served
        Map<String, byte[]> letters = officers.downloadLetters(caseId, "DINKES");
        assertEquals(sha256(letters.get("/memo/pdf bureau")), given().auth().oauth2(DevTokens.kabag())
                .get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/memo").path("pdfSha256"));
        assertEquals(sha256(letters.get("/disposition/pdf unit")), given().auth().oauth2(DevTokens.unit("DINKES"))
                .get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId).path("disposition.pdfSha256"));
        officers.agreements();
        for (String unit : List.of("DINKES", "DISDIK")) {
            Map<String, Object> reply = new HashMap<>(Map.of("rows", List.of(Map.of(
                    "indicatorCode", "IKU-" + unit, "indicatorName", "Indikator " + unit, "year", 2026,
                    "period", "Q2", "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER", "target", "100",
                    "actualReported", "80", "actualCorrected", "90,5", "reason", "Salah input"))));
            if (unit.equals("DINKES")) {
                reply.putAll(Map.of("letterNumber", "800/12/DINKES/2026", "letterDate", replyDate, "attachments", 1));
            }
            given().auth().oauth2(DevTokens.unit(unit)).contentType(ContentType.JSON).body(reply)
                    .post(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/submissions").then().statusCode(201);
        }
        given().auth().oauth2(DevTokens.kabag()).contentType(ContentType.JSON).body(Map.of())
                .post(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/forward").then().statusCode(200);
        given().auth().oauth2(DevTokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", "pelaksana.sys"))
                .post(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/assignment").then().statusCode(200);
        officers.submitDraft(caseId);
        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.karo(), reviewId, "RETURN", "Periksa lagi angka DISDIK").then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "RETURN", "Perbaiki").then().statusCode(201);
        officers.decide(DevTokens.kasubbag(), reviewId, "RETURN", "Revisi oleh pelaksana").then().statusCode(201);
        int returnedVersion = officers.currentVersion(reviewId);
        officers.resubmit(caseId);
        officers.awaitResubmission(caseId, returnedVersion);
        officers.approveChain(reviewId);
        officers.archive(officers.orderId(caseId));
        officers.awaitCaseState(caseId, "ARCHIVED");

        List<String> expected = List.of("IncomingLetter", "Disposition", "Memo", "Reply-DINKES-1", "Reply-DISDIK-1",
                "ForwardedMaterial", "Assignment", "DraftVersion-1", "Handover-5", "Handover-6", "Return-7",
                "Return-6", "Return-5", "DraftVersion-2", "Handover-5", "Handover-6", "order", "delegation",
                "filing");
        List<Map<String, Object>> entries = Officers.await("the whole agenda of " + caseId, () -> {
            List<Map<String, Object>> items = given().auth().oauth2(DevTokens.auditor())
                    .get(system.url(Svc.ARCHIVE) + "/api/v1/agenda?caseId=" + caseId + "&size=100").path("items");
            return items != null && items.stream().map(WholeCaseTest::documentKind).filter(expected::contains)
                    .count() == expected.size() ? items : null;
        });
        assertEquals(expected, entries.stream().map(WholeCaseTest::documentKind).filter(expected::contains).toList());
        Map<String, Map<String, Object>> first = new HashMap<>();
        entries.forEach(e -> first.putIfAbsent(documentKind(e), e));
        for (Map<String, Object> entry : entries) {
            assertEquals(caseId, entry.get("caseId"));
            assertNotNull(entry.get("step"), entry.toString());
            assertNotNull(entry.get("classification"), entry.toString());
            assertNotNull(entry.get("documentDate"), entry.toString());
        }
        String today = LocalDate.now(WIB).toString();
        assertEntry(first.get("IncomingLetter"), 1, "IN", "005/77/BAPPEDA/2026", letterDate, 0);
        assertEquals("Kepala BAPPEDA", first.get("IncomingLetter").get("from"));
        assertEntry(first.get("Disposition"), 1, "INTERNAL", null, today, 0);
        assertEntry(first.get("Memo"), 1, "OUT", memoNumber, today, 2);
        assertTrue(memoNumber.startsWith("000.8.6.3/"), memoNumber);
        assertEntry(first.get("Reply-DINKES-1"), 2, "IN", "800/12/DINKES/2026", replyDate, 1);
        assertEquals("DINKES", first.get("Reply-DINKES-1").get("from"));
        assertEntry(first.get("Reply-DISDIK-1"), 2, "IN", null, today, 0);
        assertEntry(first.get("ForwardedMaterial"), 2, "INTERNAL", null, today, 2);
        assertEntry(first.get("Assignment"), 3, "INTERNAL", null, today, 0);
        assertEntry(first.get("DraftVersion-1"), 4, "INTERNAL", null, today, 0);
        assertEntry(first.get("Handover-5"), 5, "INTERNAL", null, today, 0);
        assertEquals("Kabag Tatalaksana", first.get("Handover-5").get("to"));
        assertEntry(first.get("Handover-6"), 6, "INTERNAL", null, today, 0);
        assertEquals("Karo Organisasi", first.get("Handover-6").get("to"));
        assertEquals("Periksa lagi angka DISDIK", first.get("Return-7").get("remarks"));
        assertEquals("Kasubbag TU", first.get("Return-6").get("to"));
        assertEquals("Pelaksana", first.get("Return-5").get("to"));
        assertEntry(first.get("order"), 8, "INTERNAL", null, today, 0);
        assertEntry(first.get("delegation"), 9, "INTERNAL", null, today, 0);
        String fileItem = (String) first.get("filing").get("documentNumber");
        assertTrue(fileItem.matches("000\\.8\\.6\\.3/KIN-2026/\\d+"), fileItem);
        assertEntry(first.get("filing"), 10, "INTERNAL", fileItem, today, 0);
        assertEquals(entries.size(), entries.stream().map(e -> e.get("agendaNumber")).distinct().count());
    }

    /** The kind of document an entry registers, from its source reference (without case, round or version). */
    private static String documentKind(Map<String, Object> entry) {
        String ref = (String) entry.get("sourceRef");
        String[] parts = ref.split("/");
        String kind = ref.startsWith("archive-order/") ? parts[2] : parts[parts.length - 1];
        if (kind.startsWith("Assignment-")) {
            return "Assignment";
        }
        if (kind.startsWith("Handover-") || kind.startsWith("Return-")) {
            return kind.substring(0, kind.indexOf('-')) + kind.substring(kind.lastIndexOf('-'));
        }
        return kind;
    }

    private static void assertEntry(Map<String, Object> entry, int step, String direction, String number,
                                    String date, int attachments) {
        assertNotNull(entry);
        assertEquals(step, entry.get("step"), entry.toString());
        assertEquals(direction, entry.get("direction"), entry.toString());
        assertEquals(number, entry.get("documentNumber"), entry.toString());
        assertEquals(date, entry.get("documentDate"), entry.toString());
        assertEquals(attachments, entry.get("attachments"), entry.toString());
        assertEquals("000.8.6.3", entry.get("classification"), entry.toString());
    }

    @Test
    void returnsAtEveryLevelThenApprovalThenArchiving() {
        String caseId = officers.caseSubmittedForReview("Koreksi dengan pengembalian");
        String reviewId = officers.reviewId(caseId);
        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.karo(), reviewId, "RETURN", "Periksa lagi angka DISDIK").then().statusCode(201);
        officers.amendActual(DevTokens.kabag(), reviewId, "DISDIK", "92,5").then().statusCode(201)
                .body("content.rows.find { it.unitCode == 'DISDIK' }.achievementAfter", equalTo("92.5"));
        officers.decide(DevTokens.kabag(), reviewId, "RETURN", "Perbaiki").then().statusCode(201);
        officers.decide(DevTokens.kasubbag(), reviewId, "RETURN", "Revisi oleh pelaksana").then().statusCode(201);

        int returnedVersion = officers.currentVersion(reviewId);
        officers.resubmit(caseId);
        officers.awaitResubmission(caseId, returnedVersion);
        // the level-6 correction came back with the return and stays in the pelaksana's next version
        given().auth().oauth2(DevTokens.pelaksana()).get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId
                + "/drafts/1/reviewed").then().statusCode(200)
                .body("changes.find { it.path.endsWith('.actualCorrected') }.after", equalTo("92.5"))
                .body("changes.find { it.path.endsWith('.reviewerNote') }.after", equalTo("Dikoreksi"));
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId
                + "/drafts/2").then().statusCode(200)
                .body("content.rows.find { it.unitCode == 'DISDIK' }.actualCorrected", equalTo("92.5"))
                .body("content.rows.find { it.unitCode == 'DISDIK' }.achievementAfter", equalTo("92.5"))
                .body("content.rows.find { it.unitCode == 'DINKES' }.actualCorrected", equalTo("90.5"));
        officers.approveChain(reviewId);
        officers.archive(officers.orderId(caseId));
        officers.awaitCaseState(caseId, "ARCHIVED");
        List<Integer> versions = given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.REQUEST) + "/api/v1/cases/" + caseId + "/drafts").path("number");
        assertEquals(List.of(1, 2), versions);
    }

    /**
     * Issue 13 end to end: amendments at levels 5 and 6, returns 7→6, 6→5 and to the pelaksana, then approval with a
     * further level-6 amendment. The archived record's seals all verify against review-service's keyring, and it
     * shows the sealed amendment between the paraf of level 5 and the signature and the version each seal covers.
     */
    @Test
    void amendmentsAndReturnsEndInARecordWhoseSealsAllVerify() {
        String caseId = officers.caseSubmittedForReview("Koreksi dengan perbaikan berjenjang");
        String reviewId = officers.reviewId(caseId);
        officers.amendActual(DevTokens.kasubbag(), reviewId, "DINKES", "88,5").then().statusCode(201);
        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.amendActual(DevTokens.kabag(), reviewId, "DISDIK", "91").then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.karo(), reviewId, "RETURN", "Sumber data DISDIK belum jelas").then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "RETURN", "Periksa sumber data").then().statusCode(201);
        officers.decide(DevTokens.kasubbag(), reviewId, "RETURN", "Revisi oleh pelaksana").then().statusCode(201);

        int returnedVersion = officers.currentVersion(reviewId);
        officers.resubmit(caseId);
        officers.awaitResubmission(caseId, returnedVersion);
        int resubmitted = officers.currentVersion(reviewId);
        // both levels' corrections came back with the return and stand in the pelaksana's next version
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId
                + "/versions/" + resubmitted).then().statusCode(200)
                .body("content.rows.find { it.unitCode == 'DINKES' }.actualCorrected", equalTo("88.5"))
                .body("content.rows.find { it.unitCode == 'DISDIK' }.actualCorrected", equalTo("91"));

        officers.decide(DevTokens.kasubbag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.amendActual(DevTokens.kabag(), reviewId, "DISDIK", "91,5").then().statusCode(201);
        officers.decide(DevTokens.kabag(), reviewId, "APPROVE", null).then().statusCode(201);
        officers.decide(DevTokens.karo(), reviewId, "APPROVE", null).then().statusCode(201);
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId
                + "/amendments").then().statusCode(200).body("level", equalTo(List.of(5, 6, 6)));

        String recordId = officers.archive(officers.orderId(caseId));
        officers.awaitCaseState(caseId, "ARCHIVED");
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.ARCHIVE) + "/api/v1/records/" + recordId)
                .then().statusCode(200)
                .body("sealsVerified", equalTo(true))
                .body("seals.level", equalTo(List.of(5, 6, 7)))
                .body("seals.version", equalTo(List.of(resubmitted, resubmitted + 1, resubmitted + 1)))
                .body("seals.verified", equalTo(List.of(true, true, true)))
                .body("amendments.level", equalTo(List.of(6)))
                .body("amendments[0].fromVersion", equalTo(resubmitted))
                .body("amendments[0].toVersion", equalTo(resubmitted + 1))
                .body("amendments[0].verified", equalTo(true))
                .body("documentNumber", org.hamcrest.Matchers.startsWith("000.8.6.3/"));
        given().auth().oauth2(DevTokens.auditor()).get(system.url(Svc.ARCHIVE) + "/api/v1/records/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
