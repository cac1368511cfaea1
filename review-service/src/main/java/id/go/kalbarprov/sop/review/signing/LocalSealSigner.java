package id.go.kalbarprov.sop.review.signing;

import id.go.kalbarprov.sop.platform.signing.SigningKey;
import id.go.kalbarprov.sop.review.config.ReviewConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The default signer: a seal made with the service's RSA key ({@code SHA256withRSA}), verifiable by anyone with the
 * public key published at {@code GET /api/v1/seals/public-key}. The key comes from
 * {@code sop.review.seal.private-key-location}; only outside production may a missing key be replaced by an
 * ephemeral one, whose seals cannot be verified after a restart.
 */
@ApplicationScoped
@Typed(LocalSealSigner.class)
public class LocalSealSigner implements Signer {

    static final String ALGORITHM = SigningKey.ALGORITHM;

    @Inject
    ReviewConfig config;

    private SigningKey key;

    @PostConstruct
    void load() {
        key = SigningKey.load(config.seal().privateKeyLocation(), config.seal().keyId(), "seal",
                "sop.review.seal.private-key-location (SEAL_PRIVATE_KEY_LOCATION)");
    }

    @Override
    public SignatureValue sign(byte[] statement) {
        return new SignatureValue(ALGORITHM, key.keyId(), key.sign(statement));
    }

    @Override
    public boolean verify(byte[] statement, SignatureValue value) {
        return ALGORITHM.equals(value.algorithm()) && key.verify(statement, value.keyId(), value.base64());
    }

    @Override
    public Optional<PublishedKey> publicKey() {
        return Optional.of(new PublishedKey(key.keyId(), ALGORITHM, key.publicKeyPem()));
    }
}
