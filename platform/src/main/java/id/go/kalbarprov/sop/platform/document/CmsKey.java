package id.go.kalbarprov.sop.platform.document;

import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import java.security.cert.X509Certificate;

/**
 * What signs a PDF: the certificate that names the signer's key, and a function that signs bytes with that key
 * ({@code SHA256withRSA} or {@code SHA256withECDSA}, as the key is RSA or EC P-256). The key may stay where it lives
 * (a file, a remote signing service): only signatures leave.
 */
public interface CmsKey {

    X509Certificate certificate();

    /** {@link #algorithm()} over {@code data}, raw signature bytes (for ECDSA the DER sequence of r and s). */
    byte[] sign(byte[] data);

    /** The signature algorithm, from the certificate's key. */
    default String algorithm() {
        return KeyAlgorithms.of(certificate().getPublicKey());
    }
}
