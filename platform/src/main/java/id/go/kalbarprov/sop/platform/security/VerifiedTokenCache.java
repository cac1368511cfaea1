package id.go.kalbarprov.sop.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What verifying a bearer token found, kept until the token expires, so that the next request with the same token
 * skips the JSON parse and the RSA verification. Keyed by the SHA-256 of the raw token (the heap holds no usable
 * credential); an entry is never answered at or after its expiry, and the cache holds at most {@code maxEntries}
 * (least recently used go first). Only what verified is put here: a refused token is verified again every time.
 *
 * @param <V> what a verification yields (the verified token)
 */
public final class VerifiedTokenCache<V> {

    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Entry<V>> entries;

    private record Entry<V>(V value, long expiresAtEpochSecond) {
    }

    public VerifiedTokenCache(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > VerifiedTokenCache.this.maxEntries;
            }
        };
    }

    /** The verified value of this raw token, or null when it is not cached or has expired (the entry then goes). */
    public V get(String rawToken) {
        String key = key(rawToken);
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (clock.instant().getEpochSecond() >= entry.expiresAtEpochSecond()) {
                entries.remove(key);
                return null;
            }
            return entry.value();
        }
    }

    /** Keeps a verified token's value until {@code expiresAtEpochSecond} (exclusive); one already expired is not kept. */
    public void put(String rawToken, V value, long expiresAtEpochSecond) {
        if (clock.instant().getEpochSecond() >= expiresAtEpochSecond) {
            return;
        }
        String key = key(rawToken);
        synchronized (entries) {
            entries.put(key, new Entry<>(value, expiresAtEpochSecond));
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    static String key(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
