package id.go.kalbarprov.sop.platform.document;

import java.security.cert.X509Certificate;

/**
 * What signs a PDF: the certificate that names the signer's key, and a function that signs bytes with that key
 * ({@code SHA256withRSA}). The key may stay where it lives (a file, a remote signing service): only signatures leave.
 */
public interface CmsKey {

    X509Certificate certificate();

    /** {@code SHA256withRSA} over {@code data}, raw signature bytes. */
    byte[] sign(byte[] data);
}
