package id.go.kalbarprov.sop.archive.client;

import id.go.kalbarprov.sop.archive.config.ArchiveConfig;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The keys that verify review-service's seals: its published keyring, read once and kept, and read again once when
 * a seal names a key id it does not hold (a rotation since). With {@code sop.archive.seals.trusted-public-keys} the
 * keyring is that configured one instead. When the keyring cannot be read the caller gets 503 (the sender retries):
 * nothing is ever accepted unverified.
 */
@ApplicationScoped
public class ReviewKeyring {

    private static final Logger LOG = Logger.getLogger(ReviewKeyring.class);

    @Inject
    @RestClient
    ReviewSealKeysApi api;

    @Inject
    ArchiveConfig config;

    private volatile Keyring kept;

    /** The keyring, read now if it was never read. */
    public Keyring keyring() {
        Keyring keyring = kept;
        return keyring != null ? keyring : read();
    }

    /** The keyring, read again once if it lacks one of these key ids. */
    public Keyring knowing(Collection<String> keyIds) {
        Keyring keyring = keyring();
        boolean unknown = keyIds.stream().anyMatch(id -> id != null && keyring.find(id).isEmpty());
        return unknown && configured().isEmpty() ? read() : keyring;
    }

    /** The keyring when it can be read, for showing whether seals verify; empty when review-service is down. */
    public Optional<Keyring> ifAvailable() {
        try {
            return Optional.of(keyring());
        } catch (ProblemException unavailable) {
            return Optional.empty();
        }
    }

    private synchronized Keyring read() {
        Optional<List<String>> configured = configured();
        if (configured.isPresent()) {
            kept = new Keyring(configured.get().stream()
                    .map(location -> PublishedKey.of(null, PublishedKey.read(location), true)).toList());
            return kept;
        }
        try {
            kept = api.keys();
            return kept;
        } catch (RuntimeException e) {
            LOG.warnf("review-service's seal keyring cannot be read: %s", e.toString());
            throw new ProblemException(ArchiveProblem.SEAL_KEYS_UNAVAILABLE, "seal-keys-unavailable");
        }
    }

    private Optional<List<String>> configured() {
        return config.seals().trustedPublicKeys().map(list -> list.stream().filter(l -> !l.isBlank()).toList())
                .filter(list -> !list.isEmpty());
    }
}
