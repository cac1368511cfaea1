package id.go.kalbarprov.sop.review.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.SignedDocuments;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Karo's signature commits with its number before its PDF is made. Here the PDF is not made after the commit (as
 * when the service stops or the signer fails right then), so what stands in is seen: the signature is recorded and
 * the document is due; the retry makes it once, with its handoff to archive-service; a reader asking first gets the
 * signed document made for him, never a draft of a signed correction, and a 503 while someone else is making it.
 */
@QuarkusTest
@TestProfile(SignedDocumentDueTest.NotAfterCommit.class)
class SignedDocumentDueTest {

    public static class NotAfterCommit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.review.signed-documents.produce-after-commit", "false");
        }
    }

    @Inject
    SignedCorrections signedCorrections;

    private static long handedToArchive(UUID reviewId) {
        return Db.outbox(ReviewApi.caseOf(reviewId), "CorrectionSigned").size();
    }

    @Test
    void theSignatureIsRecordedAndTheRetryMakesItsDocumentOnce() {
        UUID id = ReviewApi.signed();
        assertEquals(1, SignedDocuments.due(id));
        assertEquals(0, SignedDocuments.stored(id));
        assertEquals(0, handedToArchive(id));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("status", equalTo("SIGNED"));

        // Left to the signing request for a while; then the retry takes it, once.
        signedCorrections.retryDue();
        assertEquals(1, SignedDocuments.due(id), "a document just due is left to the request that signed it");
        Db.update("UPDATE pending_signed_document SET signed_at = signed_at - interval '1 minute' "
                + "WHERE review_id = ?::uuid", id.toString());
        signedCorrections.retryDue();
        signedCorrections.retryDue();
        assertEquals(0, SignedDocuments.due(id));
        assertEquals(1, SignedDocuments.stored(id));
        assertEquals(1, handedToArchive(id));
    }

    @Test
    void aReaderOfADueDocumentGetsTheSignedDocumentNeverADraft() {
        UUID id = ReviewApi.signed();
        Response response = given().auth().oauth2(Tokens.kabag()).get("/api/v1/reviews/" + id + "/pdf");
        response.then().statusCode(200).contentType("application/pdf");
        byte[] pdf = response.asByteArray();
        PdfChecks.assertPdfA2b(pdf);
        assertFalse(PdfChecks.text(pdf).contains("KONSEP"), "a signed correction printed as a draft");
        assertEquals(0, SignedDocuments.due(id));
        assertEquals(1, handedToArchive(id));
        // The stored document, byte for byte, from now on.
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reviews/" + id + "/pdf").then().statusCode(200)
                .header("ETag", equalTo(response.header("ETag")));
    }

    @Test
    void whileAnotherMakesTheDocumentAReaderIsToldToComeBack() {
        UUID id = ReviewApi.signed();
        Db.whileLocked("SELECT review_id FROM pending_signed_document WHERE review_id = ?::uuid FOR UPDATE",
                () -> given().auth().oauth2(Tokens.karo()).header("Accept-Language", "id")
                        .get("/api/v1/reviews/" + id + "/pdf").then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", equalTo("30"))
                        .body("code", equalTo("SIGNED_DOCUMENT_PENDING"))
                        .body("title", equalTo("Dokumen bertanda tangan sedang disiapkan")),
                id.toString());
        assertEquals(1, SignedDocuments.due(id));
        assertEquals(0, SignedDocuments.stored(id));
    }
}
