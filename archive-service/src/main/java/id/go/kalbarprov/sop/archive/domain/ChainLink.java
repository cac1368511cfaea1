package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.ContentHash;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

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

    /** A record's text is about this long (a sealed one longer): the builder seldom grows. */
    private static final int TYPICAL_LENGTH = 2048;

    private ChainLink() {
    }

    public static String hash(String previousHash, Map<String, ?> facts) {
        StringBuilder text = new StringBuilder(TYPICAL_LENGTH);
        append(text, "previousHash", previousHash);
        String[] names = facts.keySet().toArray(new String[0]);
        Arrays.sort(names);
        for (String name : names) {
            Object value = facts.get(name);
            append(text, name, value == null ? null : value.toString());
        }
        return ContentHash.sha256(text.toString());
    }

    private static void append(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        text.append('\n');
    }
}
