package id.go.kalbarprov.sop.platform.report;

import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period a report covers, from the {@code from} and {@code to} query parameters: each an ISO date (midnight WIB)
 * or an instant; by default the last 30 days. {@code to} is exclusive.
 */
public record ReportPeriod(Instant from, Instant to) {

    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    public static ReportPeriod of(String from, String to) {
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_LENGTH) : instant("from", from);
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "period-range");
        }
        return new ReportPeriod(start, end);
    }

    private static Instant instant(String name, String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(OfficeTime.WIB).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "invalid-parameter", name, "use 2026-01-31 or 2026-01-31T00:00:00Z");
        }
    }
}
