package id.go.kalbarprov.sop.platform.domain.achievement;

import java.math.BigDecimal;

/** Decimals as people write them: no trailing zeros from the database's fixed scale, never exponent notation. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String text(BigDecimal value) {
        return value == null ? null : plain(value).toPlainString();
    }
}
