package id.go.kalbarprov.sop.review.support;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.review.signing.LocalSealSigner;
import id.go.kalbarprov.sop.review.signing.SignatureValue;
import id.go.kalbarprov.sop.review.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local seal, whose PAdES signature of a PDF waits until the test lets it go: a render that takes as long as the
 * test wants. Enabled only by the test profiles that name it.
 */
@Alternative
@ApplicationScoped
public class HeldPdfSigner implements Signer {

    /** Released once per PDF whose signing has begun. */
    private static final Semaphore STARTED = new Semaphore(0);
    private static final AtomicInteger SIGNED_PDFS = new AtomicInteger();
    private static final AtomicInteger ENDED = new AtomicInteger();
    private static volatile CountDownLatch held = new CountDownLatch(0);

    @Inject
    LocalSealSigner local;

    /** The profile that puts this signer in place of the configured one; a reader waits up to 30 s for a render. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HeldPdfSigner.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.review.signed-documents.reader-wait", "30s");
        }
    }

    /** Holds every PDF signature from now until {@link #release()}, counting only the renders that start after. */
    public static void hold() {
        STARTED.drainPermits();
        held = new CountDownLatch(1);
    }

    public static void release() {
        held.countDown();
    }

    /** Whether a render began within the time given (each begun render is counted once). */
    public static boolean started(long timeout, TimeUnit unit) throws InterruptedException {
        return STARTED.tryAcquire(timeout, unit);
    }

    /** PDFs whose signing has begun, ever. */
    public static int signedPdfs() {
        return SIGNED_PDFS.get();
    }

    /** PDF signatures that have ended, ever. */
    public static int ended() {
        return ENDED.get();
    }

    @Override
    public byte[] signPdf(byte[] pdf, PadesSignature.SignerDetails details) {
        SIGNED_PDFS.incrementAndGet();
        STARTED.release();
        try {
            if (!held.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the PDF signature go");
            }
            return local.signPdf(pdf, details);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            ENDED.incrementAndGet();
        }
    }

    @Override
    public SignatureValue sign(byte[] statement) {
        return local.sign(statement);
    }

    @Override
    public boolean verify(byte[] statement, SignatureValue signature) {
        return local.verify(statement, signature);
    }

    @Override
    public Optional<PublishedKey> publicKey() {
        return local.publicKey();
    }

    @Override
    public Keyring keyring() {
        return local.keyring();
    }
}
