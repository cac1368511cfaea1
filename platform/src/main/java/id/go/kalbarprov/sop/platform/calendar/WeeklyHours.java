package id.go.kalbarprov.sop.platform.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The office's hours on each weekday, breaks left out (a day may have several spans); a weekday without spans is
 * closed. Written per day as {@code 07:30-12:00,13:00-16:00}.
 */
@Schema(description = "Each weekday's spans of office hours (as JSON: the weekdays themselves); a weekday left out "
        + "is closed", properties = {
        @SchemaProperty(name = "MONDAY", type = SchemaType.ARRAY, implementation = Span.class, maxItems = WeeklyHours.SPANS),
        @SchemaProperty(name = "TUESDAY", type = SchemaType.ARRAY, implementation = Span.class, maxItems = WeeklyHours.SPANS),
        @SchemaProperty(name = "WEDNESDAY", type = SchemaType.ARRAY, implementation = Span.class, maxItems = WeeklyHours.SPANS),
        @SchemaProperty(name = "THURSDAY", type = SchemaType.ARRAY, implementation = Span.class, maxItems = WeeklyHours.SPANS),
        @SchemaProperty(name = "FRIDAY", type = SchemaType.ARRAY, implementation = Span.class, maxItems = WeeklyHours.SPANS),
        @SchemaProperty(name = "SATURDAY", type = SchemaType.ARRAY, implementation = Span.class, maxItems = WeeklyHours.SPANS),
        @SchemaProperty(name = "SUNDAY", type = SchemaType.ARRAY, implementation = Span.class, maxItems = WeeklyHours.SPANS)})
public record WeeklyHours(@Schema(hidden = true) Map<DayOfWeek, List<Span>> days) {

    /** The spans of office hours a day may have. */
    public static final int SPANS = 4;

    @JsonCreator
    public WeeklyHours {
        EnumMap<DayOfWeek, List<Span>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, spans) -> copy.put(day, ordered(day, spans)));
        days = Collections.unmodifiableMap(copy);
    }

    /** Each weekday's hours as written, blank or missing for a closed day. */
    public static WeeklyHours parse(Map<DayOfWeek, String> written) {
        EnumMap<DayOfWeek, List<Span>> days = new EnumMap<>(DayOfWeek.class);
        written.forEach((day, text) -> days.put(day, spans(text)));
        return new WeeklyHours(days);
    }

    public static List<Span> spans(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return ordered(text, Arrays.stream(text.split(",")).map(Span::parse).toList());
    }

    public List<Span> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    @JsonValue
    public Map<DayOfWeek, List<Span>> days() {
        return days;
    }

    /** Spans in order, none overlapping another: hours that overlap are a typing error, not a longer day. */
    static List<Span> ordered(Object day, List<Span> spans) {
        if (spans.size() > SPANS) {
            throw new IllegalArgumentException("more than " + SPANS + " spans of office hours on " + day);
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.opens().compareTo(b.opens()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                throw new IllegalArgumentException("office hours overlap on " + day + ": " + sorted);
            }
        }
        return List.copyOf(sorted);
    }
}
