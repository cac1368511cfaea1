package id.go.kalbarprov.sop.platform.seal;

import java.util.LinkedHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys that verify a service's signatures, by key id: the current signing key and the retired ones
 * ({@link RetiredKeys}), so that what was signed before a key rotation still verifies after it. review-service's seals
 * are verified against its keyring, archive-service's chain links and checkpoints against the chain's.
 */
public record Keyring(@Schema(maxItems = MAX_KEYS) List<PublishedKey> keys) {

    /** The current key and the retired ones: a rotation a year keeps two decades of signatures verifiable. */
    public static final int MAX_KEYS = 20;

    public Keyring {
        if (keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("A keyring holds at most " + MAX_KEYS + " keys, not " + keys.size());
        }
        Map<String, PublishedKey> byId = new LinkedHashMap<>();
        for (PublishedKey key : keys) {
            if (byId.putIfAbsent(key.keyId(), key) != null) {
                throw new IllegalArgumentException("Key id " + key.keyId() + " appears twice in the keyring");
            }
        }
        keys = List.copyOf(byId.values());
    }

    public Optional<PublishedKey> find(String keyId) {
        return keys.stream().filter(key -> key.keyId().equals(keyId)).findFirst();
    }
}
