package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Amendments are sealed acts, the signature stands only on a linked chain, and the Karo's signature numbers it. */
@QuarkusTest
class SealChainTest {

    private static final Pattern NUMBER = Pattern.compile("^000\\.8\\.6\\.3/(\\d+)/ORG/(\\d{4})$");


    /** Paraf at 5 on version 1, an amendment at 6 to version 2, paraf at 6 on version 2: waiting for the Karo. */
    private static UUID amendedAtLevel6(UUID caseId) {
        UUID id = ReviewApi.open(caseId);
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        ReviewApi.amend(id, Tokens.kabag(), 1, "82").statusCode(201);
        ReviewApi.approve(id, Tokens.kabag(), 2);
        return id;
    }

    @Test
    void anAmendmentIsASealedActFromItsBaseVersionAndHash() {
        UUID caseId = UUID.randomUUID();
        UUID id = amendedAtLevel6(caseId);
        String hash1 = (String) Db.rows("SELECT content_hash FROM review_version WHERE review_id = ? AND number = 1",
                id).get(0).get("content_hash");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals").then().statusCode(200)
                .body("act", equalTo(List.of("PARAF", "AMENDMENT", "PARAF")))
                .body("[1].level", equalTo(6))
                .body("[1].upn", equalTo("kabag.one"))
                .body("[1].post", equalTo("Kabag Tatalaksana"))
                .body("[1].baseVersion", equalTo(1))
                .body("[1].baseHash", equalTo(hash1))
                .body("[1].version", equalTo(2))
                .body("[1].statement", containsString("\nact=AMENDMENT\n"))
                .body("[1].statement", containsString("\nbaseVersion=1\nbaseHash=" + hash1 + "\n"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals/verification").then()
                .statusCode(200).body("allValid", equalTo(true));
    }

    @Test
    void theSignedCorrectionCarriesTheParafOnEachVersionAndTheSealedAmendmentBetween() {
        UUID caseId = UUID.randomUUID();
        UUID id = amendedAtLevel6(caseId);
        ReviewApi.approve(id, Tokens.karo(), 2);
        ReviewApi.awaitSignedDocument(id);
        Map<String, Object> correction = Db.outbox(caseId, "CorrectionSigned").get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seals = (List<Map<String, Object>>) correction.get("seals");
        assertEquals(List.of(1, 2, 2), seals.stream().map(s -> s.get("version")).toList());
        assertTrue(seals.stream().allMatch(s -> id.toString().equals(s.get("reviewId"))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> amendments = (List<Map<String, Object>>) correction.get("amendments");
        assertEquals(1, amendments.size());
        assertEquals(6, amendments.get(0).get("level"));
        assertEquals("Kabag Tatalaksana", amendments.get(0).get("post"));
        assertEquals("Corrected the actual value", amendments.get(0).get("note"));
        assertTrue(((String) amendments.get(0).get("diff")).startsWith("["));
    }

    @Test
    void signingRefusesAChainWithAnUnsealedAmendmentAndRecordsNothing() {
        UUID caseId = UUID.randomUUID();
        UUID id = amendedAtLevel6(caseId);
        Db.tamper("DELETE FROM review_seal WHERE review_id = ? AND act = 'AMENDMENT'", id);
        long acts = Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id);

        ReviewApi.decide(id, Tokens.karo(), "APPROVE", 2, null).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("RULE_VIOLATED"))
                .body("detail", containsString("AMENDMENT_NOT_SEALED"));
        assertEquals(acts, Db.count("SELECT count(*) FROM review_act WHERE review_id = ?", id));
        assertEquals(0, Db.outbox(caseId, "CorrectionSigned").size());
        assertNull(Db.rows("SELECT document_number FROM review WHERE id = ?", id).get(0).get("document_number"));
        given().auth().oauth2(Tokens.karo()).header("Accept-Language", "id")
                .get("/api/v1/reviews/" + id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void theKarosSignatureNumbersTheCorrectionAndTheSignatureCoversTheNumber() {
        UUID id = ReviewApi.signed();
        UUID caseId = ReviewApi.caseOf(id);
        ReviewApi.awaitSignedDocument(id);
        Map<String, Object> correction = Db.outbox(caseId, "CorrectionSigned").get(0);
        String number = (String) correction.get("documentNumber");
        Matcher matcher = NUMBER.matcher(number);
        assertTrue(matcher.matches(), number);
        assertEquals(Instant.now().atZone(OfficeTime.WIB).getYear(), Integer.parseInt(matcher.group(2)));
        assertEquals(Instant.now().atZone(OfficeTime.WIB).toLocalDate().toString(), correction.get("documentDate"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals").then().statusCode(200)
                .body("[2].documentNumber", equalTo(number))
                .body("[2].statement", containsString("\ndocumentNumber=" + number + "\n"));
        List<Map<String, Object>> agenda = Db.outbox(caseId, "AgendaRegistration");
        assertTrue(agenda.stream().anyMatch(a -> number.equals(a.get("documentNumber"))
                && correction.get("documentDate").equals(a.get("documentDate"))), agenda.toString());
    }

    @Test
    void concurrentSignaturesTakeDistinctNumbersAndTheYearHasNoGaps() throws Exception {
        List<UUID> reviews = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reviews.add(ReviewApi.atLevel7());
        }
        ExecutorService pool = Executors.newFixedThreadPool(reviews.size());
        try {
            List<CompletableFuture<Integer>> signed = reviews.stream().map(id -> CompletableFuture.supplyAsync(
                    () -> ReviewApi.decide(id, Tokens.karo(), "APPROVE", 1, null).extract().statusCode(), pool))
                    .toList();
            for (CompletableFuture<Integer> status : signed) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> sequences = Db.rows("SELECT document_number FROM review WHERE document_number IS NOT NULL")
                .stream().map(row -> {
                    Matcher matcher = NUMBER.matcher((String) row.get("document_number"));
                    assertTrue(matcher.matches());
                    return Integer.parseInt(matcher.group(1));
                }).sorted().toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= sequences.size(); i++) {
            expected.add(i);
        }
        assertEquals(expected, sequences, "numbers 1..n, each once");
    }

    @Test
    void theKeyringIsPublicAndHoldsTheCurrentAndTheRetiredKeys() {
        String current = given().get("/api/v1/seals/public-key").then().statusCode(200)
                .body("current", equalTo(true)).extract().path("keyId");
        given().get("/api/v1/seals/keys").then().statusCode(200)
                .body("keys[0].keyId", equalTo(current))
                .body("keys[0].current", equalTo(true))
                .body("keys.keyId", hasItem(SealFixtures.keyId()))
                .body("keys.algorithm", everyItem(equalTo("SHA256withRSA")))
                .body("keys.find { it.keyId == '" + SealFixtures.keyId() + "' }.current", equalTo(false));
    }
}
