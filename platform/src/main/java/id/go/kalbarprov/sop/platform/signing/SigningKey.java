package id.go.kalbarprov.sop.platform.signing;

import id.go.kalbarprov.sop.platform.event.Limits;
import io.quarkus.runtime.LaunchMode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A service's own signing key, read from a PEM file (PKCS#8) that lives outside the database, with its public half for
 * verifiers: RSA ({@code SHA256withRSA}) or EC P-256 ({@code SHA256withECDSA}), the algorithm following from the key
 * ({@link KeyAlgorithms}). Only outside production may a missing key be replaced by an ephemeral one (RSA 2048), with
 * a warning: what it signs cannot be verified after a restart.
 */
public final class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final String algorithm;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey, String keyId) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyId;
        this.algorithm = KeyAlgorithms.of(publicKey);
    }

    /**
     * Loads the key at {@code location}, or makes an ephemeral one outside production.
     *
     * @param purpose   what the key signs, for messages and the derived key id ({@code seal}, {@code chain})
     * @param property  the setting that names the key file, for the message when it is missing
     */
    public static SigningKey load(Optional<String> location, Optional<String> keyId, String purpose, String property) {
        try {
            PrivateKey privateKey;
            PublicKey publicKey;
            Optional<String> file = location.filter(l -> !l.isBlank());
            if (file.isPresent()) {
                KeyPair pair = KeyAlgorithms.keyPair(Pem.read(file.get()));
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            } else if (LaunchMode.current() == LaunchMode.NORMAL) {
                throw new IllegalStateException(property + " is required in production");
            } else {
                LOG.warnf("No %s key configured (%s): using an ephemeral key. What it signs now cannot be verified "
                        + "after a restart.", purpose, property);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            }
            String id = keyId.filter(k -> !k.isBlank()).orElseGet(() -> keyIdOf(purpose, publicKey));
            if (id.length() > Limits.KEY_ID) {
                throw new IllegalStateException("the key id is longer than " + Limits.KEY_ID + " characters");
            }
            if (Pem.write("PUBLIC KEY", publicKey.getEncoded()).length() > Limits.PUBLIC_KEY_PEM) {
                throw new IllegalStateException("the key is larger than 8192 bits: its published PEM would be "
                        + "longer than " + Limits.PUBLIC_KEY_PEM + " characters");
            }
            return new SigningKey(privateKey, publicKey, id);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot load the " + purpose + " key: " + e.getMessage(), e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The signature algorithm of this key: {@code SHA256withRSA} or {@code SHA256withECDSA}. */
    public String algorithm() {
        return algorithm;
    }

    /** The signature of {@code statement}, base64. */
    public String sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(privateKey);
            signature.update(statement);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /**
     * Whether {@code base64} is this key's signature of {@code statement}, recorded as made under
     * {@code claimedAlgorithm} and {@code claimedKeyId}: both must be this key's.
     */
    public boolean verify(byte[] statement, String claimedAlgorithm, String claimedKeyId, String base64) {
        if (!keyId.equals(claimedKeyId) || !algorithm.equals(claimedAlgorithm) || base64 == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(publicKey);
            signature.update(statement);
            return signature.verify(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key in PEM (X.509 SubjectPublicKeyInfo). */
    public String publicKeyPem() {
        return Pem.write("PUBLIC KEY", publicKey.getEncoded());
    }

    /**
     * The id a key is known by when none is configured: {@code purpose}, a dash, and the first 8 bytes of the SHA-256 of
     * the encoded public key, in hex ({@code chain-1a2b3c4d5e6f7a8b}). A retired key is found again by the same id.
     */
    public static String keyIdOf(String purpose, PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return purpose + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
