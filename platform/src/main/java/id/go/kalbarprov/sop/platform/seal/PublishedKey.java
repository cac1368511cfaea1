package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.rest.Problem;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

/**
 * A public key as published for verifiers: its id, the signature algorithm (a java.security name: {@code SHA256withRSA}
 * for an RSA key, {@code SHA256withECDSA} for an EC P-256 key), the key in PEM (X.509 SubjectPublicKeyInfo), and
 * whether it still signs new seals.
 */
public record PublishedKey(@Schema(maxLength = Limits.KEY_ID) String keyId,
                           @Schema(maxLength = Limits.ALGORITHM) String algorithm,
                           @Schema(maxLength = Limits.PUBLIC_KEY_PEM) String pem, boolean current) {

    /** Refused beyond the lengths the document states (a key from configuration, or another service's keyring). */
    public PublishedKey {
        if (keyId != null && keyId.length() > Limits.KEY_ID || algorithm != null && algorithm.length() > Limits.ALGORITHM
                || pem != null && pem.length() > Limits.PUBLIC_KEY_PEM) {
            throw new IllegalArgumentException("Key " + Problem.cut(keyId, 40) + " is longer than a published key may be");
        }
    }

    /**
     * An RSA or EC P-256 key under the given id, or under its fingerprint ({@link #fingerprint}) when none is given,
     * with the algorithm it signs with.
     */
    public static PublishedKey of(String keyId, PublicKey key, boolean current) {
        return new PublishedKey(keyId == null || keyId.isBlank() ? fingerprint(key) : keyId, KeyAlgorithms.of(key),
                Pem.write("PUBLIC KEY", key.getEncoded()), current);
    }

    /** Reads an RSA or EC P-256 public key (PEM, X.509 SubjectPublicKeyInfo) from a location ({@link Pem#read}). */
    public static PublicKey read(String location) {
        try {
            return KeyAlgorithms.publicKey(Pem.read(location));
        } catch (java.io.IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the public key at " + location + ": " + e.getMessage(), e);
        }
    }

    /** The key itself; an unreadable PEM, or a key neither RSA nor EC P-256, is refused. */
    public PublicKey publicKey() {
        try {
            return KeyAlgorithms.publicKey(Pem.decode(pem));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Key " + keyId + " is not an RSA or EC P-256 public key in PEM", e);
        }
    }

    /** {@code seal-} and the first 8 bytes of the SHA-256 of the encoded key, in hex ({@link SigningKey#keyIdOf}). */
    public static String fingerprint(PublicKey key) {
        return SigningKey.keyIdOf("seal", key);
    }
}
