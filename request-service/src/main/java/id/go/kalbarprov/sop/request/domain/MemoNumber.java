package id.go.kalbarprov.sop.request.domain;

/**
 * The number of a Nota Dinas from a local pattern, e.g. {@code {classification}/{seq}/{unit}/{year}} gives
 * {@code 000.8.6.3/15/ORG/2026}. The running number restarts each calendar year.
 */
public final class MemoNumber {

    private MemoNumber() {
    }

    public static String format(String pattern, String classification, long sequence, String unitCode, int year,
                                int month) {
        return pattern.replace("{classification}", classification)
                .replace("{seq}", Long.toString(sequence))
                .replace("{unit}", unitCode)
                .replace("{year}", Integer.toString(year))
                .replace("{month}", String.format("%02d", month));
    }
}
