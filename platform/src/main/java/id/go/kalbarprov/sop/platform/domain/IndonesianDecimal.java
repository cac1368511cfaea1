package id.go.kalbarprov.sop.platform.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads decimal numbers written the Indonesian way — "1.234,5": dots group thousands, the comma marks decimals —
 * as exact {@link BigDecimal}s. A text without a comma is read with dots as thousands separators only when they
 * group by three ("1.234" is 1234); otherwise a single dot is a decimal point ("12.5"), as systems often send.
 */
public final class IndonesianDecimal {

    private static final Pattern INDONESIAN = Pattern.compile("^[+-]?\\d{1,3}(\\.\\d{3})*(,\\d+)?$|^[+-]?\\d+(,\\d+)?$");
    private static final Pattern GROUPED = Pattern.compile("^[+-]?\\d{1,3}(\\.\\d{3})+$");
    private static final Pattern PLAIN = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");
    private static final int MAX_LENGTH = 40;

    private IndonesianDecimal() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().replace(" ", "");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (value.contains(",")) {
            return INDONESIAN.matcher(value).matches()
                    ? Optional.of(new BigDecimal(value.replace(".", "").replace(',', '.')))
                    : Optional.empty();
        }
        if (GROUPED.matcher(value).matches()) {
            return Optional.of(new BigDecimal(value.replace(".", "")));
        }
        return PLAIN.matcher(value).matches() ? Optional.of(new BigDecimal(value)) : Optional.empty();
    }
}
