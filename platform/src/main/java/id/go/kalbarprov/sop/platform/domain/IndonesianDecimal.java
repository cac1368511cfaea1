package id.go.kalbarprov.sop.platform.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads decimal numbers written the Indonesian way as exact {@link BigDecimal}s. One rule, no guessing:
 * <ul>
 *     <li>an optional sign, then digits; {@code .} groups thousands, {@code ,} is the decimal mark (at most one,
 *     with digits on both sides);</li>
 *     <li>every group after the first has exactly three digits; when there are groups, the first has one to three;</li>
 *     <li>the first group does not start with 0 unless it is "0" alone, and "0" alone is never followed by a group.</li>
 * </ul>
 * So "1.234,5" is 1234.5, "1.234" is 1234, "1234,5" is 1234.5 and "0,5" is 0.5; "0.500", "1.5", "12.50", "012" and
 * "1 234" are refused, each with the reason why ({@link #read}).
 */
public final class IndonesianDecimal {

    /** The longest text read as a number. */
    public static final int MAX_LENGTH = 40;

    private IndonesianDecimal() {
    }

    /** What a text reads as: either a value or why it is refused (an English sentence an API caller can act on). */
    public record Reading(BigDecimal value, String refusal) {

        static Reading of(BigDecimal value) {
            return new Reading(value, null);
        }

        static Reading refused(String why) {
            return new Reading(null, why);
        }

        public boolean ok() {
            return value != null;
        }
    }

    public static Optional<BigDecimal> parse(String text) {
        return Optional.ofNullable(read(text).value());
    }

    public static Reading read(String text) {
        if (text == null) {
            return Reading.refused("no value");
        }
        String value = text.strip();
        if (value.isEmpty()) {
            return Reading.refused("an empty text is not a number");
        }
        if (value.length() > MAX_LENGTH) {
            return Reading.refused("longer than " + MAX_LENGTH + " characters");
        }
        String unsigned = value.charAt(0) == '-' || value.charAt(0) == '+' ? value.substring(1) : value;
        for (int i = 0; i < unsigned.length(); i++) {
            char c = unsigned.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
                return Reading.refused("only digits, '.' grouping thousands and ',' as the decimal mark are allowed");
            }
        }
        int comma = unsigned.indexOf(',');
        if (comma >= 0 && unsigned.indexOf(',', comma + 1) >= 0) {
            return Reading.refused("at most one decimal comma");
        }
        String whole = comma >= 0 ? unsigned.substring(0, comma) : unsigned;
        String fraction = comma >= 0 ? unsigned.substring(comma + 1) : "";
        if (fraction.indexOf('.') >= 0) {
            return Reading.refused("'.' groups thousands and cannot follow the decimal comma");
        }
        if (comma >= 0 && fraction.isEmpty()) {
            return Reading.refused("digits are needed after the decimal comma");
        }
        String[] groups = whole.split("\\.", -1);
        String first = groups[0];
        if (first.isEmpty()) {
            return Reading.refused("a number starts with a digit, after an optional sign");
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return Reading.refused("a group after the first must have exactly three digits ('.' groups thousands,"
                        + " ',' is the decimal mark)");
            }
        }
        if (groups.length > 1 && first.equals("0")) {
            return Reading.refused("a leading 0 can never start a thousands group ('.' groups thousands,"
                    + " ',' is the decimal mark: 0,5)");
        }
        if (first.length() > 1 && first.charAt(0) == '0') {
            return Reading.refused("the first group does not start with 0 unless it is 0 alone");
        }
        if (groups.length > 1 && first.length() > 3) {
            return Reading.refused("the first group has one to three digits when '.' groups thousands");
        }
        String plain = String.join("", groups) + (fraction.isEmpty() ? "" : "." + fraction);
        return Reading.of(new BigDecimal(value.charAt(0) == '-' ? "-" + plain : plain));
    }

    /** The Indonesian form of a value ("1.234,5"): what {@link #read} reads back as the same number and scale. */
    public static String format(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot >= 0 ? plain.substring(0, dot) : plain;
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (dot >= 0) {
            out.append(',').append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }
}
