package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import java.util.Optional;

/**
 * Seals approvals. The default is the service's own seal key ({@link LocalSealSigner}); a BSrE-style remote signing
 * service ({@link RemoteSigner}) is chosen with {@code sop.review.signer=remote}.
 */
public interface Signer {

    SignatureValue sign(byte[] statement);

    boolean verify(byte[] statement, SignatureValue signature);

    /**
     * Signs the correction's PDF (PAdES, {@code ETSI.CAdES.detached}) as its signer: the local seal key with its
     * certificate, or a remote service that signs PDFs itself, as the national signing service does.
     */
    byte[] signPdf(byte[] pdf, PadesSignature.SignerDetails details);

    /** The key a verifier needs, when this signer publishes one. */
    Optional<PublishedKey> publicKey();

    /** Every key that verifies this signer's seals: the current one and the retired ones (empty when remote). */
    Keyring keyring();
}
