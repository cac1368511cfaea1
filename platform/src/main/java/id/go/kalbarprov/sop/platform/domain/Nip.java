package id.go.kalbarprov.sop.platform.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NIP — the 18-digit civil-servant number: birth date yyyymmdd, appointment yyyymm, gender 1 or 2, sequence nnn.
 * Both dates must be real dates.
 */
public final class Nip {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{8})(\\d{6})([12])(\\d{3})$");

    private Nip() {
    }

    public static boolean isValid(String nip) {
        if (nip == null) {
            return false;
        }
        Matcher m = FORMAT.matcher(nip);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(m.group(1).substring(0, 4)),
                    Integer.parseInt(m.group(1).substring(4, 6)), Integer.parseInt(m.group(1).substring(6, 8)));
            YearMonth appointment = YearMonth.of(Integer.parseInt(m.group(2).substring(0, 4)),
                    Integer.parseInt(m.group(2).substring(4, 6)));
            return birth.getYear() >= 1900 && !appointment.isBefore(YearMonth.from(birth));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Printed form, e.g. {@code 19660921 198603 1 004}. */
    public static String printed(String nip) {
        if (!isValid(nip)) {
            return nip;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }
}
