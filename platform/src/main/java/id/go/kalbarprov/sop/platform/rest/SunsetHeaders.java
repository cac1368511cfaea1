package id.go.kalbarprov.sop.platform.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headers that announce a deprecated operation's end, as integrators' HTTP clients and gateways read them. */
public final class SunsetHeaders {

    private SunsetHeaders() {
    }

    /**
     * {@code Deprecation: @<epoch seconds>} (RFC 9745, a structured-field date), {@code Sunset: <HTTP-date>}
     * (RFC 8594), and {@code Link} to the successor when there is one. Dates are midnight UTC of the given days.
     *
     * @throws IllegalArgumentException when a date is not ISO or the sunset is not after the deprecation
     */
    public static Map<String, String> of(Sunset sunset) {
        LocalDate deprecated = LocalDate.parse(sunset.deprecatedSince());
        LocalDate end = LocalDate.parse(sunset.value());
        if (!end.isAfter(deprecated)) {
            throw new IllegalArgumentException("a sunset (" + end + ") must come after the deprecation (" + deprecated
                    + ")");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Deprecation", "@" + deprecated.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        headers.put("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(end.atStartOfDay(ZoneOffset.UTC)));
        if (!sunset.successor().isBlank()) {
            headers.put("Link", "<" + sunset.successor() + ">; rel=\"successor-version\"");
        }
        return headers;
    }
}
