package id.go.kalbarprov.sop.archive.domain;

import java.util.regex.Pattern;

/**
 * Kode Klasifikasi Arsip — a numeric archive classification: three digits for the main class, then up to four
 * dot-separated sub-levels of one to three digits, e.g. {@code 000.8.3.3}.
 */
public final class ClassificationCode {

    public static final String FORMAT = "^\\d{3}(\\.\\d{1,3}){0,4}$";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    private ClassificationCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }
}
