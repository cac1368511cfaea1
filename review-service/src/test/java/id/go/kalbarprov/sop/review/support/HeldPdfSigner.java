package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.review.signing.LocalSealSigner;
import id.go.kalbarprov.sop.review.signing.SignatureValue;
import id.go.kalbarprov.sop.review.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Optional;
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
    static final Semaphore STARTED = new Semaphore(0);
    static final AtomicInteger SIGNED_PDFS = new AtomicInteger();
    static final AtomicInteger ENDED = new AtomicInteger();
    private static volatile CountDownLatch held = new CountDownLatch(0);

    @Inject
    LocalSealSigner local;

    static void hold() {
        held = new CountDownLatch(1);
    }

    static void release() {
        held.countDown();
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
