package id.go.kalbarprov.sop.platform.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Hours the office is open within one day, written {@code 07:30-12:00}; {@code closes} is exclusive. */
public record Span(LocalTime opens, LocalTime closes) {

    public Span {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours must open before they close: " + opens + "-" + closes);
        }
    }

    @JsonCreator
    public static Span parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("office hours are written 07:30-12:00, not " + text);
        }
        try {
            return new Span(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("office hours are written 07:30-12:00, not " + text, e);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
