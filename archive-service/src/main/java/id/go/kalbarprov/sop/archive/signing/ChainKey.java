package id.go.kalbarprov.sop.archive.signing;

import id.go.kalbarprov.sop.archive.config.ArchiveConfig;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * archive-service's chain key ({@code sop.archive.chain.private-key-location}): it signs every link appended to the
 * integrity chain and every checkpoint. It lives outside the database, so the database's owner cannot re-sign a
 * rewritten chain. Loaded at start: a production start without it fails at once. RSA or EC P-256: the algorithm
 * follows from the key, and a signature recorded under another algorithm's name does not verify.
 */
@ApplicationScoped
@Startup
public class ChainKey {

    @Inject
    ArchiveConfig config;

    private SigningKey key;

    @PostConstruct
    void load() {
        key = SigningKey.load(config.chain().privateKeyLocation(), config.chain().keyId(), "chain",
                "sop.archive.chain.private-key-location (CHAIN_PRIVATE_KEY_LOCATION)");
    }

    public String algorithm() {
        return key.algorithm();
    }

    public String keyId() {
        return key.keyId();
    }

    public String sign(byte[] statement) {
        return key.sign(statement);
    }

    public boolean verifies(byte[] statement, String algorithm, String keyId, String signature) {
        return key.verify(statement, algorithm, keyId, signature);
    }

    public String publicKeyPem() {
        return key.publicKeyPem();
    }
}
