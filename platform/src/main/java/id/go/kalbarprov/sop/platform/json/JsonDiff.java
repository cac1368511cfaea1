package id.go.kalbarprov.sop.platform.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The readable difference between two versions of a draft, computed over their parsed JSON trees (maps, lists and
 * scalars): one {@link Change} per JSON path that was added, removed or changed, in document order.
 */
public final class JsonDiff {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One change at a JSON path such as {@code $.rows[0].actualCorrected}. */
    public record Change(@Schema(maxLength = Limits.DRAFT_CONTENT, description = "Where in the content: no longer than it")
                         String path, Kind kind, Object before, Object after) {
    }

    private JsonDiff() {
    }

    public static List<Change> between(Object before, Object after) {
        List<Change> changes = new ArrayList<>();
        compare("$", before, after, changes);
        return changes;
    }

    private static void compare(String path, Object before, Object after, List<Change> changes) {
        if (before instanceof Map<?, ?> left && after instanceof Map<?, ?> right) {
            TreeSet<String> keys = new TreeSet<>();
            left.keySet().forEach(k -> keys.add(String.valueOf(k)));
            right.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                String child = member(path, key);
                if (!left.containsKey(key)) {
                    changes.add(new Change(child, Kind.ADDED, null, right.get(key)));
                } else if (!right.containsKey(key)) {
                    changes.add(new Change(child, Kind.REMOVED, left.get(key), null));
                } else {
                    compare(child, left.get(key), right.get(key), changes);
                }
            }
        } else if (before instanceof List<?> left && after instanceof List<?> right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                compare(path + "[" + i + "]", left.get(i), right.get(i), changes);
            }
            for (int i = common; i < left.size(); i++) {
                changes.add(new Change(path + "[" + i + "]", Kind.REMOVED, left.get(i), null));
            }
            for (int i = common; i < right.size(); i++) {
                changes.add(new Change(path + "[" + i + "]", Kind.ADDED, null, right.get(i)));
            }
        } else if (!sameScalar(before, after)) {
            changes.add(new Change(path, Kind.CHANGED, before, after));
        }
    }

    /** 1.50 and 1.5 are the same number; a number and a string are never the same. */
    private static boolean sameScalar(Object before, Object after) {
        if (before instanceof Number left && after instanceof Number right) {
            return new BigDecimal(left.toString()).compareTo(new BigDecimal(right.toString())) == 0;
        }
        return Objects.equals(before, after);
    }

    private static String member(String path, String key) {
        return IDENTIFIER.matcher(key).matches() ? path + "." + key
                : path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
