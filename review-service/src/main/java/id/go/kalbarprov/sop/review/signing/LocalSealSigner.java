package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.platform.document.CmsKey;
import id.go.kalbarprov.sop.platform.document.DocumentsConfig;
import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.document.SealCertificate;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.seal.SealVerifier;
import id.go.kalbarprov.sop.review.config.ReviewConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The default signer: a seal made with the service's key, RSA ({@code SHA256withRSA}) or EC P-256
 * ({@code SHA256withECDSA}) as the key file holds, verifiable by anyone with the keyring published at
 * {@code GET /api/v1/seals/keys}. The key comes from {@code sop.review.seal.private-key-location};
 * only outside production may a missing key be replaced by an ephemeral one, whose seals cannot be verified after a
 * restart. After a rotation the former keys are listed in {@code sop.review.seal.retired-public-keys}: they sign
 * nothing new, but the seals they made still verify.
 */
@ApplicationScoped
@Typed(LocalSealSigner.class)
public class LocalSealSigner implements Signer {

    @Inject
    ReviewConfig config;

    @Inject
    DocumentsConfig documents;

    private SigningKey key;
    private PublishedKey current;
    private Keyring keyring;
    private CmsKey pdfKey;

    @PostConstruct
    void load() {
        key = SigningKey.load(config.seal().privateKeyLocation(), config.seal().keyId(), "seal",
                "sop.review.seal.private-key-location (SEAL_PRIVATE_KEY_LOCATION)");
        current = PublishedKey.of(key.keyId(), key.publicKey(), true);
        List<PublishedKey> keys = new ArrayList<>(List.of(current));
        config.seal().retiredPublicKeys().orElse(List.of()).stream().filter(entry -> !entry.isBlank())
                .flatMap(LocalSealSigner::retired).forEach(keys::add);
        keyring = new Keyring(keys);
    }

    private byte[] signRaw(byte[] data) {
        return Base64.getDecoder().decode(key.sign(data));
    }

    /** The PDF signed with the seal key; its certificate is made from the key, trust comes from the keyring. */
    @Override
    public byte[] signPdf(byte[] pdf, PadesSignature.SignerDetails details) {
        return PadesSignature.sign(pdf, pdfKey(), details);
    }

    private synchronized CmsKey pdfKey() {
        if (pdfKey == null) {
            X509Certificate certificate = SealCertificate.selfSigned(key.publicKey(), this::signRaw,
                    "Segel Elektronik " + documents.letterhead().office(), documents.letterhead().government());
            pdfKey = new CmsKey() {
                @Override
                public X509Certificate certificate() {
                    return certificate;
                }

                @Override
                public byte[] sign(byte[] data) {
                    return signRaw(data);
                }
            };
        }
        return pdfKey;
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
                        .map(f -> PublishedKey.of(null, PublishedKey.read(f.toString()), false)).toList().stream();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the retired seal keys in " + location, e);
            }
        }
        return Stream.of(PublishedKey.of(keyId, PublishedKey.read(location), false));
    }

    @Override
    public SignatureValue sign(byte[] statement) {
        return new SignatureValue(key.algorithm(), current.keyId(), key.sign(statement));
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
