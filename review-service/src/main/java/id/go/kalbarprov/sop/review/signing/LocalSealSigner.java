package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.Pem;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.seal.SealVerifier;
import id.go.kalbarprov.sop.review.config.ReviewConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The default signer: a seal made with the service's RSA key ({@code SHA256withRSA}), verifiable by anyone with the
 * keyring published at {@code GET /api/v1/seals/keys}. The key comes from {@code sop.review.seal.private-key-location};
 * only outside production may a missing key be replaced by an ephemeral one, whose seals cannot be verified after a
 * restart. After a rotation the former keys are listed in {@code sop.review.seal.retired-public-keys}: they sign
 * nothing new, but the seals they made still verify.
 */
@ApplicationScoped
@Typed(LocalSealSigner.class)
public class LocalSealSigner implements Signer {

    static final String ALGORITHM = PublishedKey.RSA_SHA256;
    private static final Logger LOG = Logger.getLogger(LocalSealSigner.class);

    @Inject
    ReviewConfig config;

    private PrivateKey privateKey;
    private PublishedKey current;
    private Keyring keyring;

    @PostConstruct
    void load() {
        PublicKey publicKey;
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
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Cannot load the seal key: " + e.getMessage(), e);
        }
        current = PublishedKey.rsa(config.seal().keyId().orElse(null), publicKey, true);
        List<PublishedKey> keys = new ArrayList<>(List.of(current));
        config.seal().retiredPublicKeys().orElse(List.of()).stream().filter(entry -> !entry.isBlank())
                .flatMap(LocalSealSigner::retired).forEach(keys::add);
        keyring = new Keyring(keys);
    }

    /** One configured entry: {@code [keyId=]location}, the location a PEM file or a directory of them. */
    private static Stream<PublishedKey> retired(String entry) {
        int eq = entry.indexOf('=');
        String keyId = eq > 0 && !entry.substring(0, eq).contains("/") ? entry.substring(0, eq).strip() : null;
        String location = (keyId == null ? entry : entry.substring(eq + 1)).strip();
        Path directory = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (keyId == null && Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(f -> f.toString().endsWith(".pem")).sorted()
                        .map(f -> PublishedKey.rsa(null, PublishedKey.readRsa(f.toString()), false)).toList().stream();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the retired seal keys in " + location, e);
            }
        }
        return Stream.of(PublishedKey.rsa(keyId, PublishedKey.readRsa(location), false));
    }

    @Override
    public SignatureValue sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(statement);
            return new SignatureValue(ALGORITHM, current.keyId(), Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    @Override
    public boolean verify(byte[] statement, SignatureValue value) {
        return SealVerifier.verify(statement, value.algorithm(), value.keyId(), value.base64(), keyring).valid();
    }

    @Override
    public Optional<PublishedKey> publicKey() {
        return Optional.of(current);
    }

    @Override
    public Keyring keyring() {
        return keyring;
    }
}
