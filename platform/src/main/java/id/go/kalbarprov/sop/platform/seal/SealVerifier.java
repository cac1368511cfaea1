package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks a signature over its statement against a {@link Keyring}: a seal's, or a link's or checkpoint's of the archive's
 * chain. It holds only under the key its key id names, and only under that key's own algorithm.
 */
public final class SealVerifier {

    /** What a check found. */
    public enum Outcome {
        VALID,
        /** The key id is not in the keyring. */
        UNKNOWN_KEY,
        /** The key is known, but the signature is not its signature over this statement (or its algorithm). */
        SIGNATURE_INVALID;

        public boolean valid() {
            return this == VALID;
        }
    }

    private SealVerifier() {
    }

    public static Outcome verify(SealStatement statement, String algorithm, String keyId, String signatureBase64,
                                 Keyring keyring) {
        return verify(statement.bytes(), algorithm, keyId, signatureBase64, keyring);
    }

    /** The signature over the given statement bytes. */
    public static Outcome verify(byte[] statement, String algorithm, String keyId, String signatureBase64,
                                 Keyring keyring) {
        Optional<PublishedKey> key = keyId == null ? Optional.empty() : keyring.find(keyId);
        if (key.isEmpty()) {
            return Outcome.UNKNOWN_KEY;
        }
        if (algorithm == null || !algorithm.equals(key.get().algorithm()) || signatureBase64 == null) {
            return Outcome.SIGNATURE_INVALID;
        }
        try {
            PublicKey publicKey = key.get().publicKey();
            // the key decides the algorithm: a keyring entry naming another one verifies nothing
            if (!algorithm.equals(KeyAlgorithms.of(publicKey))) {
                return Outcome.SIGNATURE_INVALID;
            }
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(publicKey);
            signature.update(statement);
            return signature.verify(Base64.getDecoder().decode(signatureBase64))
                    ? Outcome.VALID : Outcome.SIGNATURE_INVALID;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Outcome.SIGNATURE_INVALID;
        }
    }
}
