package id.go.kalbarprov.sop.archive.service;

import java.util.Locale;

/** A LIKE pattern that finds the caller's text literally: their % and _ are not wildcards. */
final class Like {

    private Like() {
    }

    static String containing(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    static String startingWith(String text) {
        return escape(text.strip()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
