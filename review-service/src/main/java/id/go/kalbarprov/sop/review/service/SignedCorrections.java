package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import id.go.kalbarprov.sop.review.document.CorrectionDocuments;
import id.go.kalbarprov.sop.review.domain.ActKind;
import id.go.kalbarprov.sop.review.persistence.ActEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.SealEntity;
import id.go.kalbarprov.sop.review.persistence.SignedDocumentEntity;
import io.opentelemetry.context.Context;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The signed correction's PDF, made after the Karo's signing transaction has committed. That transaction records the
 * signature (act, seal, the year's document number) and marks the document as due; once it commits the Karo is
 * answered, and a worker of this service renders and PAdES-seals the PDF holding no database connection, then stores
 * it and hands it to archive-service in a short transaction of its own. The year's number counter stays locked only
 * for the signing transaction (numbers stay gap-free), and neither the Karo's answer nor other signatures wait for a
 * render or a remote signer. A reader asking for the PDF while this service is making it waits a little for that
 * production ({@code sop.review.signed-documents.reader-wait}) instead of rendering a second copy. A document not
 * made then (a full queue, a crash or a stop, a signer that is down) stays due: it is retried every
 * {@code sop.review.signed-documents.retry-every}, and made on demand when someone asks for it.
 */
@ApplicationScoped
public class SignedCorrections {

    private static final Logger LOG = Logger.getLogger(SignedCorrections.class);
    /** How long a due document is left to the worker given it at the signature before the retry takes it. */
    private static final Duration LEFT_TO_THE_WORKER = Duration.ofSeconds(10);
    private static final int RETRY_BATCH = 20;
    private static final int ERROR_LENGTH = 500;
    /** Signatures whose document waits for a worker; beyond that the retry makes them. */
    private static final int QUEUED_AT_MOST = 64;

    /**
     * A signature whose document is due, fired in the signing transaction with what the document is made of as that
     * transaction committed it: the worker renders from it without reading it again.
     */
    record Due(UUID reviewId, Signing signing) {
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

    private final ReviewConfig config;

    /** At most {@code sop.review.signed-documents.renders} renders at a time, whoever asked for them. */
    private final Semaphore renders;

    /** The productions running in this JVM, so that a reader or the retry joins one instead of rendering again. */
    private final Map<UUID, CompletableFuture<Optional<SignedDocumentEntity>>> inFlight = new ConcurrentHashMap<>();

    private final ThreadPoolExecutor workers;

    @Inject
    SignedCorrections(ReviewConfig config) {
        this.config = config;
        int atOnce = config.signedDocuments().renders();
        this.renders = new Semaphore(atOnce, true);
        this.workers = workers(atOnce);
    }

    /**
     * In the Karo's signing transaction: the signed document of {@code review} is due once this commits, made of
     * {@code signature}, the {@code version} it signs and the review's standing approvals.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void due(ReviewEntity review, ActEntity signature, ReviewVersionEntity version) {
        em.createNativeQuery("INSERT INTO pending_signed_document (review_id, signed_at) VALUES (?1, ?2)")
                .setParameter(1, review.id).setParameter(2, Timestamp.from(signature.at)).executeUpdate();
        dueEvents.fire(new Due(review.id, new Signing(review, signature, version,
                Sealing.standing(SealEntity.ofReview(review.id)).approvals())));
    }

    /**
     * Hands the document to a worker, so that the Karo's answer does not wait for it. Nothing of the signing request
     * goes with it but its trace: the worker has its own request context and transactions.
     */
    void afterSigning(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        if (!config.signedDocuments().produceAfterCommit()) {
            return;
        }
        UUID reviewId = due.reviewId();
        CompletableFuture<Optional<SignedDocumentEntity>> production = new CompletableFuture<>();
        if (inFlight.putIfAbsent(reviewId, production) != null) {
            return;
        }
        try {
            workers.execute(Context.current().wrap(() -> produceInRequestContext(due.signing(), production)));
        } catch (RejectedExecutionException full) {
            LOG.infof("The signed document of review %s is left to the retry: %s", reviewId,
                    workers.isShutdown() ? "the service is stopping" : "the queue is full");
            finish(reviewId, production, Optional.empty());
        }
    }

    /**
     * The review's signed document: the stored one; the one this service is making now, waited for a little; or
     * made now when it is due and no one else is making it. Empty when the review has no signature, when another
     * replica is making its document at this moment, or when this service's production is not done in time.
     */
    public Optional<SignedDocumentEntity> signedDocument(UUID reviewId) {
        Optional<SignedDocumentEntity> stored = QuarkusTransaction.requiringNew()
                .call(() -> SignedDocumentEntity.ofReview(reviewId));
        return stored.isPresent() ? stored : joinOrProduce(reviewId);
    }

    @Scheduled(every = "${sop.review.signed-documents.retry-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        Instant before = Instant.now().minus(LEFT_TO_THE_WORKER);
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT review_id FROM pending_signed_document WHERE signed_at < ?1 ORDER BY signed_at LIMIT ?2",
                        UUID.class)
                .setParameter(1, Timestamp.from(before)).setParameter(2, RETRY_BATCH).getResultList());
        due.forEach(this::joinOrProduce);
    }

    @PreDestroy
    void stop() {
        // A production stopped here (queued or interrupted) has not stored its document: its due row stays, and the
        // retry makes it, here after a restart or on another replica.
        workers.shutdownNow();
        inFlight.forEach((reviewId, production) -> production.complete(Optional.empty()));
    }

    /** Joins this JVM's production of the document, or makes it on this thread while others wait for it. */
    private Optional<SignedDocumentEntity> joinOrProduce(UUID reviewId) {
        CompletableFuture<Optional<SignedDocumentEntity>> production = new CompletableFuture<>();
        CompletableFuture<Optional<SignedDocumentEntity>> running = inFlight.putIfAbsent(reviewId, production);
        if (running != null) {
            return awaited(reviewId, running);
        }
        Optional<SignedDocumentEntity> document = Optional.empty();
        try {
            document = produceOrRecordFailure(reviewId, Optional.empty());
            return document;
        } finally {
            finish(reviewId, production, document);
        }
    }

    private Optional<SignedDocumentEntity> awaited(UUID reviewId,
                                                   CompletableFuture<Optional<SignedDocumentEntity>> production) {
        Duration wait = config.signedDocuments().readerWait();
        try {
            return production.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            LOG.debugf("The signed document of review %s is still being made after %s", reviewId, wait);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private void produceInRequestContext(Signing signing,
                                         CompletableFuture<Optional<SignedDocumentEntity>> production) {
        UUID reviewId = signing.review().id;
        Optional<SignedDocumentEntity> document = Optional.empty();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            document = produceOrRecordFailure(reviewId, Optional.of(signing));
        } catch (RuntimeException unexpected) {
            LOG.warnf(unexpected, "The signed document of review %s stays due and is retried", reviewId);
        } finally {
            requestContext.terminate();
            finish(reviewId, production, document);
        }
    }

    private void finish(UUID reviewId, CompletableFuture<Optional<SignedDocumentEntity>> production,
                        Optional<SignedDocumentEntity> document) {
        inFlight.remove(reviewId, production);
        production.complete(document);
    }

    /** Makes the document from {@code known} (the signing transaction's), or from what is stored when empty. */
    private Optional<SignedDocumentEntity> produceOrRecordFailure(UUID reviewId, Optional<Signing> known) {
        try {
            return produce(reviewId, known);
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

    /** What the document is made of: handed over by the signing transaction, or read in one short transaction. */
    record Signing(ReviewEntity review, ActEntity signature, ReviewVersionEntity version,
                           List<SealEntity> standing) {
    }

    /**
     * Makes the due document once. The render and the signer run between two short transactions, holding no
     * connection: a render takes a CPU for a while, and a pool held by renders starves every other request. The
     * document is stored by whoever removes the due row; a second maker (the retry and a reader at once) finds it
     * gone or being removed, drops its copy and answers the stored one (none yet while the other commits). The worker
     * given the document at the signature renders what the signing transaction handed it, without reading it again.
     */
    private Optional<SignedDocumentEntity> produce(UUID reviewId, Optional<Signing> known) {
        Optional<Signing> due = known.isPresent() ? known
                : QuarkusTransaction.requiringNew().call(() -> signing(reviewId));
        if (due.isEmpty()) {
            return QuarkusTransaction.requiringNew().call(() -> SignedDocumentEntity.ofReview(reviewId));
        }
        Signing signing = due.get();
        SignedDocumentEntity document = rendering(() -> documents.sign(signing.review(), signing.version(),
                signing.standing(), signing.signature().at));
        return QuarkusTransaction.requiringNew().call(() -> store(signing, document));
    }

    /**
     * At most {@code sop.review.signed-documents.renders} renders at a time (default one): renders are CPU-bound, so
     * more at once finish no sooner on a pod's core, and each holds ≈ 13 MB more live heap until it ends (sixteen Karos
     * signing together grew the heap by ≈ 100 MB; two at once still made review-service's peak RSS the largest).
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

    /** As many workers as renders at once, so that none waits for another's render; idle ones end. */
    private static ThreadPoolExecutor workers(int count) {
        AtomicInteger made = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "signed-document-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor workers = new ThreadPoolExecutor(count, count, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(QUEUED_AT_MOST), daemons);
        workers.allowCoreThreadTimeOut(true);
        return workers;
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
