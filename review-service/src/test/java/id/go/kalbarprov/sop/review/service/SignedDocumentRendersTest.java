package id.go.kalbarprov.sop.review.service;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.review.support.Db;
import id.go.kalbarprov.sop.review.support.Eventually;
import id.go.kalbarprov.sop.review.support.ReviewApi;
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
@TestProfile(SignedDocumentAfterAnswerTest.HeldRender.class)
class SignedDocumentRendersTest {

    @AfterEach
    void letGo() {
        HeldPdfSigner.release();
    }

    private static long count(String table, UUID reviewId) {
        return Db.count("SELECT count(*) FROM " + table + " WHERE review_id = ?::uuid", reviewId.toString());
    }

    @Test
    void aSecondSignatureWaitsForTheRenderUnderWayAndIsMadeAfterIt() throws Exception {
        UUID first = ReviewApi.atLevel7();
        UUID second = ReviewApi.atLevel7();
        HeldPdfSigner.STARTED.drainPermits();
        HeldPdfSigner.hold();

        ReviewApi.decide(first, Tokens.karo(), "APPROVE", 1, null).statusCode(201)
                .body("review.status", equalTo("SIGNED"));
        assertTrue(HeldPdfSigner.STARTED.tryAcquire(30, TimeUnit.SECONDS), "a worker renders the first document");
        ReviewApi.decide(second, Tokens.karo(), "APPROVE", 1, null).statusCode(201)
                .body("review.status", equalTo("SIGNED"));
        assertFalse(HeldPdfSigner.STARTED.tryAcquire(2, TimeUnit.SECONDS),
                "a second render began while the first was under way");
        assertEquals(1, count("pending_signed_document", second));

        HeldPdfSigner.release();
        Eventually.await("both signed documents stored", Duration.ofSeconds(30),
                () -> count("signed_document", first) == 1 && count("signed_document", second) == 1);
        assertEquals(0, count("pending_signed_document", first) + count("pending_signed_document", second));
    }
}
