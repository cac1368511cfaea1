package id.go.kalbarprov.sop.review.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.review.support.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Karo is answered as soon as his signature commits; its PDF is made afterwards by a worker. Here the PDF's
 * signature is held until the test lets it go: the answer comes while the document is still due, a reader arriving
 * meanwhile waits for that production and gets the signed document (not a 503, not a second render), and the
 * document is stored once, with its handoff to archive-service.
 */
@QuarkusTest
@TestProfile(SignedDocumentAfterAnswerTest.HeldRender.class)
class SignedDocumentAfterAnswerTest {

    public static class HeldRender implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HeldPdfSigner.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.review.signed-documents.reader-wait", "30s");
        }
    }

    @AfterEach
    void letGo() {
        HeldPdfSigner.release();
    }

    private static long count(String table, UUID reviewId) {
        return Db.count("SELECT count(*) FROM " + table + " WHERE review_id = ?::uuid", reviewId.toString());
    }

    @Test
    void theKaroIsAnsweredBeforeHisDocumentIsMadeAndAReaderMeanwhileGetsThatDocument() throws Exception {
        UUID id = ReviewApi.atLevel7();
        HeldPdfSigner.STARTED.drainPermits();
        int signedBefore = HeldPdfSigner.SIGNED_PDFS.get();
        int endedBefore = HeldPdfSigner.ENDED.get();
        HeldPdfSigner.hold();

        ReviewApi.decide(id, Tokens.karo(), "APPROVE", 1, null).statusCode(201)
                .body("review.status", equalTo("SIGNED"));
        assertEquals(0, HeldPdfSigner.ENDED.get() - endedBefore, "answered before the PDF was signed");
        assertEquals(1, count("pending_signed_document", id));
        assertEquals(0, count("signed_document", id));
        assertTrue(HeldPdfSigner.STARTED.tryAcquire(30, TimeUnit.SECONDS), "a worker makes the document");

        // The render is let go only after the reader has come: he waits for it.
        CompletableFuture.runAsync(HeldPdfSigner::release, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
        Response read = given().auth().oauth2(Tokens.kabag()).get("/api/v1/reviews/" + id + "/pdf");
        read.then().statusCode(200).contentType("application/pdf").header("Signed-Document", "true");
        byte[] pdf = read.asByteArray();
        PdfChecks.assertPdfA2b(pdf);
        assertFalse(PdfChecks.text(pdf).contains("KONSEP"), "a signed correction printed as a draft");

        assertEquals(1, HeldPdfSigner.SIGNED_PDFS.get() - signedBefore, "one render, not one per asker");
        assertEquals(0, count("pending_signed_document", id));
        assertEquals(1, count("signed_document", id));
        assertEquals(1, Db.outbox(ReviewApi.caseOf(id), "CorrectionSigned").size());
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reviews/" + id + "/pdf").then().statusCode(200)
                .header("ETag", equalTo(read.header("ETag")));
    }
}
