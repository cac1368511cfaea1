package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.ContentHash;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
        Object[] entries = facts.entrySet().toArray();
        for (int i : Order.of(entries)) {
            Map.Entry<?, ?> fact = (Map.Entry<?, ?>) entries[i];
            Object value = fact.getValue();
            append(text, (String) fact.getKey(), value == null ? null : value.toString());
        }
        return ContentHash.sha256(text.toString());
    }

    /**
     * The order of a map's entries by name. Records' facts come in maps filled alike (the same names, the same
     * instances, in the same order: the same iteration order), so the last few orders are kept and one is reused when
     * the names are the very same instances in the same places: sorting the names of every record was an eighth of
     * the walk's CPU.
     */
    private record Order(Object[] names, int[] sorted) {

        private static final int KEPT = 4;
        private static final AtomicReferenceArray<Order> RECENT = new AtomicReferenceArray<>(KEPT);
        private static final AtomicInteger NEXT = new AtomicInteger();

        static int[] of(Object[] entries) {
            for (int k = 0; k < KEPT; k++) {
                Order order = RECENT.get(k);
                if (order != null && order.sameNames(entries)) {
                    return order.sorted;
                }
            }
            Object[] names = new Object[entries.length];
            Integer[] positions = new Integer[entries.length];
            for (int i = 0; i < entries.length; i++) {
                names[i] = ((Map.Entry<?, ?>) entries[i]).getKey();
                positions[i] = i;
            }
            Arrays.sort(positions, (a, b) -> ((String) names[a]).compareTo((String) names[b]));
            Order order = new Order(names, Arrays.stream(positions).mapToInt(Integer::intValue).toArray());
            RECENT.set(Math.floorMod(NEXT.getAndIncrement(), KEPT), order);
            return order.sorted;
        }

        private boolean sameNames(Object[] entries) {
            if (entries.length != names.length) {
                return false;
            }
            for (int i = 0; i < entries.length; i++) {
                if (((Map.Entry<?, ?>) entries[i]).getKey() != names[i]) {
                    return false;
                }
            }
            return true;
        }
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
