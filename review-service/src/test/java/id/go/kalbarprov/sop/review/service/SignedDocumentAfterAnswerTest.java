package id.go.kalbarprov.sop.review.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.HeldPdfSigner;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.SignedDocuments;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
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
@TestProfile(HeldPdfSigner.Profile.class)
class SignedDocumentAfterAnswerTest {

    @AfterEach
    void letGo() {
        HeldPdfSigner.release();
    }

    @Test
    void theKaroIsAnsweredBeforeHisDocumentIsMadeAndAReaderMeanwhileGetsThatDocument() throws Exception {
        UUID id = ReviewApi.atLevel7();
        int signedBefore = HeldPdfSigner.signedPdfs();
        int endedBefore = HeldPdfSigner.ended();
        HeldPdfSigner.hold();

        ReviewApi.decide(id, Tokens.karo(), "APPROVE", 1, null).statusCode(201)
                .body("review.status", equalTo("SIGNED"));
        assertEquals(0, HeldPdfSigner.ended() - endedBefore, "answered before the PDF was signed");
        assertEquals(1, SignedDocuments.due(id));
        assertEquals(0, SignedDocuments.stored(id));
        assertTrue(HeldPdfSigner.started(30, TimeUnit.SECONDS), "a worker makes the document");

        // The render is let go only after the reader has come: he waits for it.
        CompletableFuture.runAsync(HeldPdfSigner::release, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
        Response read = given().auth().oauth2(Tokens.kabag()).get("/api/v1/reviews/" + id + "/pdf");
        read.then().statusCode(200).contentType("application/pdf").header("Signed-Document", "true");
        byte[] pdf = read.asByteArray();
        PdfChecks.assertPdfA2b(pdf);
        assertFalse(PdfChecks.text(pdf).contains("KONSEP"), "a signed correction printed as a draft");

        assertEquals(1, HeldPdfSigner.signedPdfs() - signedBefore, "one render, not one per asker");
        assertEquals(0, SignedDocuments.due(id));
        assertEquals(1, SignedDocuments.stored(id));
        assertEquals(1, Db.outbox(ReviewApi.caseOf(id), "CorrectionSigned").size());
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reviews/" + id + "/pdf").then().statusCode(200)
                .header("ETag", equalTo(read.header("ETag")));
    }
}
