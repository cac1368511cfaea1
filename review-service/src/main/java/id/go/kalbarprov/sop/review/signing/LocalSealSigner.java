package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The default signer: a seal made with the service's RSA key ({@code SHA256withRSA}), verifiable by anyone with the
 * public key published at {@code GET /api/v1/seals/public-key}. The key comes from
 * {@code sop.review.seal.private-key-location}; only outside production may a missing key be replaced by an
 * ephemeral one, whose seals cannot be verified after a restart.
 */
@ApplicationScoped
@Typed(LocalSealSigner.class)
public class LocalSealSigner implements Signer {

    static final String ALGORITHM = "SHA256withRSA";
    private static final Logger LOG = Logger.getLogger(LocalSealSigner.class);

    @Inject
    ReviewConfig config;

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        try {
            Optional<String> location = config.seal().privateKeyLocation().filter(l -> !l.isBlank());
            if (location.isPresent()) {
                RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Pem.read(location.get())));
                privateKey = key;
                publicKey = KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            } else if (LaunchMode.current() == LaunchMode.NORMAL) {
                throw new IllegalStateException(
                        "sop.review.seal.private-key-location (SEAL_PRIVATE_KEY_LOCATION) is required in production");
            } else {
                LOG.warn("No seal key configured (sop.review.seal.private-key-location): using an ephemeral key. "
                        + "Seals made now cannot be verified after a restart.");
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            }
            keyId = config.seal().keyId().filter(id -> !id.isBlank()).orElseGet(() -> fingerprint(publicKey));
        } catch (java.io.IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Cannot load the seal key: " + e.getMessage(), e);
        }
    }

    @Override
    public SignatureValue sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(statement);
            return new SignatureValue(ALGORITHM, keyId, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    @Override
    public boolean verify(byte[] statement, SignatureValue value) {
        if (!ALGORITHM.equals(value.algorithm()) || !keyId.equals(value.keyId())) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(statement);
            return signature.verify(Base64.getDecoder().decode(value.base64()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Optional<PublishedKey> publicKey() {
        return Optional.of(new PublishedKey(keyId, ALGORITHM, Pem.write("PUBLIC KEY", publicKey.getEncoded())));
    }

    private static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "seal-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
