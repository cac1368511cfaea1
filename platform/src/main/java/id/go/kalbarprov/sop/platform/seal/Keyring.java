package id.go.kalbarprov.sop.platform.seal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys that verify review-service's seals, by key id: the current signing key and the retired ones, so a
 * seal made before a key rotation still verifies after it.
 */
public record Keyring(List<PublishedKey> keys) {

    public Keyring {
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
