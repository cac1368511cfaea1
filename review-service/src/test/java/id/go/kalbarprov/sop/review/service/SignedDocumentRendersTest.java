package id.go.kalbarprov.sop.review.service;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.review.support.Eventually;
import id.go.kalbarprov.sop.review.support.HeldPdfSigner;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.SignedDocuments;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One signed PDF rendered at a time by default ({@code sop.review.signed-documents.renders}): a render holds
 * ≈ 13 MB more live heap while it runs, so two Karos signing together must not have two renders running. The second
 * document waits for the first, and both are made.
 */
@QuarkusTest
@TestProfile(HeldPdfSigner.Profile.class)
class SignedDocumentRendersTest {

    @AfterEach
    void letGo() {
        HeldPdfSigner.release();
    }

    @Test
    void aSecondSignatureWaitsForTheRenderUnderWayAndIsMadeAfterIt() throws Exception {
        UUID first = ReviewApi.atLevel7();
        UUID second = ReviewApi.atLevel7();
        HeldPdfSigner.hold();

        ReviewApi.decide(first, Tokens.karo(), "APPROVE", 1, null).statusCode(201)
                .body("review.status", equalTo("SIGNED"));
        assertTrue(HeldPdfSigner.started(30, TimeUnit.SECONDS), "a worker renders the first document");
        ReviewApi.decide(second, Tokens.karo(), "APPROVE", 1, null).statusCode(201)
                .body("review.status", equalTo("SIGNED"));
        assertFalse(HeldPdfSigner.started(2, TimeUnit.SECONDS), "a second render began while the first was under way");
        assertEquals(1, SignedDocuments.due(second));

        HeldPdfSigner.release();
        Eventually.await("both signed documents stored", Duration.ofSeconds(30),
                () -> SignedDocuments.stored(first) == 1 && SignedDocuments.stored(second) == 1);
        assertEquals(0, SignedDocuments.due(first) + SignedDocuments.due(second));
    }
}
