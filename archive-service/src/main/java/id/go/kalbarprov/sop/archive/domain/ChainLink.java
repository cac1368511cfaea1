package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.ContentHash;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The integrity chain of archive records. Each record's hash covers every fact filed with it (including the hash
 * of its content) and the hash of the record before it, so altering, removing or reordering any record breaks
 * every link after it.
 * <p>
 * The hashed text lists the facts sorted by name, each as {@code name=length:value} on its own line; the length
 * prefix keeps a value containing a newline or {@code =} from passing for two facts. A missing value is written
 * {@code name=-} and is therefore distinct from an empty one ({@code name=0:}).
 */
public final class ChainLink {

    /** The predecessor of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private ChainLink() {
    }

    public static String hash(String previousHash, Map<String, ?> facts) {
        StringBuilder text = new StringBuilder("previousHash=").append(encode(previousHash)).append('\n');
        new TreeMap<>(facts).forEach((name, value) ->
                text.append(name).append('=').append(encode(value == null ? null : value.toString())).append('\n'));
        return ContentHash.sha256(text.toString());
    }

    private static String encode(String value) {
        if (value == null) {
            return "-";
        }
        return value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }
}
