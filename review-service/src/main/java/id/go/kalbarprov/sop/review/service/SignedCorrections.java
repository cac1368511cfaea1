package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import id.go.kalbarprov.sop.review.document.CorrectionDocuments;
import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.persistence.SignedDocumentEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * The signed correction's PDF, made after the Karo's signing transaction has committed. That transaction records the
 * signature (act, seal, the year's document number) and marks the document as due; the PDF is then rendered and
 * PAdES-sealed holding no database connection, and stored and handed to archive-service in a short transaction of its
 * own, still inside the Karo's request, so his answer comes with the document in the normal case. The year's number counter stays locked only for the signing
 * transaction (numbers stay gap-free), not for the render or a remote signer's answer, so signatures of different
 * reviews no longer queue behind one another's PDF. A document not made then (a crash, a signer that is down) is
 * retried every {@code sop.review.signed-documents.retry-every}, and made on demand when someone asks for it.
 */
@ApplicationScoped
public class SignedCorrections {

    private static final Logger LOG = Logger.getLogger(SignedCorrections.class);
    /** How long a due document is left to the request that signed it before the retry takes it. */
    private static final Duration LEFT_TO_THE_SIGNING_REQUEST = Duration.ofSeconds(10);
    private static final int RETRY_BATCH = 20;
    private static final int ERROR_LENGTH = 500;

    /** A signature whose document is due, fired in the signing transaction. */
    record Due(UUID reviewId) {
    }

    @Inject
    EntityManager em;

    @Inject
    CorrectionDocuments documents;

    @Inject
    Reviews reviews;

    @Inject
    Handoffs handoffs;

    @Inject
    Event<Due> dueEvents;

    private final Semaphore renders = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    @Inject
    ReviewConfig config;

    /** In the Karo's signing transaction: the signed document of the review is due once this commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void due(UUID reviewId, Instant signedAt) {
        em.createNativeQuery("INSERT INTO pending_signed_document (review_id, signed_at) VALUES (?1, ?2)")
                .setParameter(1, reviewId).setParameter(2, Timestamp.from(signedAt)).executeUpdate();
        dueEvents.fire(new Due(reviewId));
    }

    void afterSigning(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        if (config.signedDocuments().produceAfterCommit()) {
            produceOrRecordFailure(due.reviewId());
        }
    }

    /**
     * The review's signed document: the stored one, or made now when it is due and no one else is making it. Empty
     * when the review has no signature, or when another request or replica is making its document at this moment.
     */
    public Optional<SignedDocumentEntity> signedDocument(UUID reviewId) {
        Optional<SignedDocumentEntity> stored = QuarkusTransaction.requiringNew()
                .call(() -> SignedDocumentEntity.ofReview(reviewId));
        return stored.isPresent() ? stored : produceOrRecordFailure(reviewId);
    }

    @Scheduled(every = "${sop.review.signed-documents.retry-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        Instant before = Instant.now().minus(LEFT_TO_THE_SIGNING_REQUEST);
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT review_id FROM pending_signed_document WHERE signed_at < ?1 ORDER BY signed_at LIMIT ?2",
                        UUID.class)
                .setParameter(1, Timestamp.from(before)).setParameter(2, RETRY_BATCH).getResultList());
        due.forEach(this::produceOrRecordFailure);
    }

    private Optional<SignedDocumentEntity> produceOrRecordFailure(UUID reviewId) {
        try {
            return produce(reviewId);
        } catch (RuntimeException failure) {
            LOG.warnf(failure, "The signed document of review %s could not be made; it stays due and is retried",
                    reviewId);
            String error = String.valueOf(failure.getMessage());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            UPDATE pending_signed_document SET attempts = attempts + 1, last_error = ?2
                            WHERE review_id = ?1""")
                    .setParameter(1, reviewId)
                    .setParameter(2, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error)
                    .executeUpdate());
            return Optional.empty();
        }
    }

    /** What the document is made of, read in one short transaction. */
    private record Signing(ReviewEntity review, ActEntity signature, ReviewVersionEntity version,
                           List<SealEntity> standing) {
    }

    /**
     * Makes the due document once. The render and the signer run between two short transactions, holding no
     * connection: a render takes a CPU for a while, and a pool held by renders starves every other request. The
     * document is stored by whoever removes the due row; a second maker (the retry and a reader at once) finds it
     * gone or being removed, drops its copy and answers the stored one (none yet while the other commits).
     */
    private Optional<SignedDocumentEntity> produce(UUID reviewId) {
        Optional<Signing> due = QuarkusTransaction.requiringNew().call(() -> signing(reviewId));
        if (due.isEmpty()) {
            return QuarkusTransaction.requiringNew().call(() -> SignedDocumentEntity.ofReview(reviewId));
        }
        Signing signing = due.get();
        SignedDocumentEntity document = rendering(() -> documents.sign(signing.review(), signing.version(),
                signing.standing(), signing.signature().at));
        return QuarkusTransaction.requiringNew().call(() -> store(signing, document));
    }

    /**
     * At most one render per processor at a time: renders are CPU-bound, so more at once finish no sooner, and each
     * holds ≈ 20 MB of garbage while it runs (sixteen Karos signing together grew the heap by ≈ 100 MB).
     */
    private <T> T rendering(java.util.function.Supplier<T> render) {
        try {
            renders.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to render", e);
        }
        try {
            return render.get();
        } finally {
            renders.release();
        }
    }

    private Optional<Signing> signing(UUID reviewId) {
        if (em.createNativeQuery("SELECT review_id FROM pending_signed_document WHERE review_id = ?1")
                .setParameter(1, reviewId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        ReviewEntity review = ReviewEntity.findById(reviewId);
        ActEntity signature = ActEntity.ofReview(reviewId).stream().filter(a -> a.kind == ActKind.SIGNED)
                .reduce((first, last) -> last).orElseThrow(() -> new IllegalStateException(
                        "review " + reviewId + " has a due signed document but no signature"));
        return Optional.of(new Signing(review, signature, reviews.version(reviewId, signature.version),
                Sealing.standing(SealEntity.ofReview(reviewId)).approvals()));
    }

    private Optional<SignedDocumentEntity> store(Signing signing, SignedDocumentEntity document) {
        UUID reviewId = signing.review().id;
        // A due row another maker is storing right now is skipped, not waited for: its document is on the way.
        int taken = em.createNativeQuery("""
                        DELETE FROM pending_signed_document WHERE review_id IN (SELECT review_id
                            FROM pending_signed_document WHERE review_id = ?1 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, reviewId).executeUpdate();
        if (taken == 0) {
            return SignedDocumentEntity.ofReview(reviewId);
        }
        document.persist();
        handoffs.correctionSigned(signing.review(), signing.version(), ReviewVersionEntity.latestDraftVersion(reviewId),
                signing.signature(), document);
        return Optional.of(document);
    }
}
