package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.platform.document.CmsKey;
import id.go.kalbarprov.sop.platform.document.DocumentsConfig;
import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.document.SealCertificate;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.seal.RetiredKeys;
import id.go.kalbarprov.sop.platform.seal.SealVerifier;
import id.go.kalbarprov.sop.review.config.ReviewConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

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
        keyring = RetiredKeys.keyring(key, config.seal().retiredPublicKeys(), "seal");
        current = keyring.find(key.keyId()).orElseThrow();
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
