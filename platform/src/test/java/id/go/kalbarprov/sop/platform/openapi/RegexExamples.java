package id.go.kalbarprov.sop.platform.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts of a wanted length that match the patterns the documents use: classes, escapes, groups (their longest
 * example), alternatives (the first) and quantifiers. Each part starts at its fewest repetitions and grows, left to
 * right, until the text is as long as asked or the pattern allows no more; without a pattern, letters.
 */
final class RegexExamples {

    private RegexExamples() {
    }

    private record Part(String text, int min, int max) {
    }

    static String of(String pattern, int length) {
        if (pattern == null) {
            return "a".repeat(Math.max(0, length));
        }
        String p = pattern;
        if (p.startsWith("^")) {
            p = p.substring(1);
        }
        if (p.endsWith("$")) {
            p = p.substring(0, p.length() - 1);
        }
        List<Part> parts = parse(p);
        int[] counts = new int[parts.size()];
        int total = 0;
        for (int i = 0; i < parts.size(); i++) {
            counts[i] = parts.get(i).min();
            total += counts[i] * parts.get(i).text().length();
        }
        for (int i = 0; i < parts.size() && total < length; i++) {
            Part part = parts.get(i);
            while (counts[i] < part.max() && total + part.text().length() <= length && !part.text().isEmpty()) {
                counts[i]++;
                total += part.text().length();
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            text.append(parts.get(i).text().repeat(counts[i]));
        }
        if (text.length() < length && !parts.isEmpty()) {
            // one past a bounded pattern's longest: more of the last part's text (a refused value either way)
            Part last = parts.get(parts.size() - 1);
            while (text.length() < length) {
                text.append(last.text().isEmpty() ? "a" : last.text());
            }
            text.setLength(length);
        }
        return text.toString();
    }

    private static List<Part> parse(String p) {
        int bar = topLevelBar(p);
        if (bar >= 0) {
            p = p.substring(0, bar);
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            String text;
            if (c == '(') {
                int close = closing(p, i);
                String inner = p.substring(p.startsWith("?:", i + 1) ? i + 3 : i + 1, close);
                text = longest(inner);
                i = close + 1;
            } else if (c == '[') {
                int close = i + 1;
                while (p.charAt(close) != ']' || close == i + 1) {
                    close += p.charAt(close) == '\\' ? 2 : 1;
                }
                text = String.valueOf(member(p.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '\\') {
                char e = p.charAt(i + 1);
                if (e == 'x') {
                    text = String.valueOf((char) Integer.parseInt(p.substring(i + 2, i + 4), 16));
                    i += 4;
                } else {
                    text = String.valueOf(escaped(e));
                    i += 2;
                }
            } else {
                text = c == '.' ? "a" : String.valueOf(c);
                i++;
            }
            int min = 1;
            int max = 1;
            if (i < p.length()) {
                char q = p.charAt(i);
                if (q == '*' || q == '+' || q == '?') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : Integer.MAX_VALUE;
                    i++;
                } else if (q == '{') {
                    int close = p.indexOf('}', i);
                    String[] bounds = p.substring(i + 1, close).split(",", -1);
                    min = Integer.parseInt(bounds[0].trim());
                    max = bounds.length == 1 ? min
                            : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
                    i = close + 1;
                }
            }
            parts.add(new Part(text, min, max));
        }
        return parts;
    }

    /** The longest text of a bounded group (unbounded parts once; of alternatives, the longest). */
    private static String longest(String inner) {
        int bar = topLevelBar(inner);
        if (bar >= 0) {
            String first = longest(inner.substring(0, bar));
            String rest = longest(inner.substring(bar + 1));
            return rest.length() > first.length() ? rest : first;
        }
        StringBuilder text = new StringBuilder();
        for (Part part : parse(inner)) {
            text.append(part.text().repeat(part.max() == Integer.MAX_VALUE ? Math.max(1, part.min()) : part.max()));
        }
        return text.toString();
    }

    private static int topLevelBar(String p) {
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closing(String p, int open) {
        int depth = 0;
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced pattern " + p);
    }

    private static char member(String set) {
        if (set.startsWith("^")) {
            return 'a';
        }
        if (set.startsWith("\\")) {
            char e = set.charAt(1);
            return e == 'x' ? (char) Integer.parseInt(set.substring(2, 4), 16) : escaped(e);
        }
        return set.charAt(0);
    }

    private static char escaped(char e) {
        return switch (e) {
            case 'd' -> '1';
            case 'w' -> 'a';
            case 's' -> ' ';
            default -> e;
        };
    }
}
