package id.go.kalbarprov.sop.archive.signing;

import id.go.kalbarprov.sop.archive.config.ArchiveConfig;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.RetiredKeys;
import id.go.kalbarprov.sop.platform.seal.SealVerifier;
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
 * <p>
 * After a rotation the former keys' public halves are listed in {@code sop.archive.chain.retired-public-keys}: they
 * sign nothing new, but the links and checkpoints they signed still verify, each under the key its recorded key id
 * names (the keyring).
 */
@ApplicationScoped
@Startup
public class ChainKey {

    @Inject
    ArchiveConfig config;

    private SigningKey key;
    private Keyring keyring;

    @PostConstruct
    void load() {
        key = SigningKey.load(config.chain().privateKeyLocation(), config.chain().keyId(), "chain",
                "sop.archive.chain.private-key-location (CHAIN_PRIVATE_KEY_LOCATION)");
        keyring = RetiredKeys.keyring(key, config.chain().retiredPublicKeys(), "chain");
    }

    public String algorithm() {
        return key.algorithm();
    }

    public String keyId() {
        return key.keyId();
    }

    /** Signs with the current key, whatever keys are retired. */
    public String sign(byte[] statement) {
        return key.sign(statement);
    }

    /**
     * Whether {@code signature} is the signature of {@code statement} by the key that {@code keyId} names, current or
     * retired, under that key's algorithm: an unknown key id, another algorithm or another key's signature fails.
     */
    public boolean verifies(byte[] statement, String algorithm, String keyId, String signature) {
        return SealVerifier.verify(statement, algorithm, keyId, signature, keyring).valid();
    }

    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    /** The current key and the retired ones, as published for verifiers outside. */
    public Keyring keyring() {
        return keyring;
    }
}
