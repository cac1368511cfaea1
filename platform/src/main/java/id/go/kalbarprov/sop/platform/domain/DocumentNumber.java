package id.go.kalbarprov.sop.platform.domain;

/**
 * The number of an outgoing document (nomor surat) from a local pattern, e.g.
 * {@code {classification}/{seq}/{unit}/{year}} gives {@code 000.8.6.3/15/ORG/2026}; {@code {month}} is the
 * two-digit month. The running number restarts each calendar year. The Nota Dinas (request-service) and the signed
 * correction (review-service) are numbered with it.
 */
public final class DocumentNumber {

    private DocumentNumber() {
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
