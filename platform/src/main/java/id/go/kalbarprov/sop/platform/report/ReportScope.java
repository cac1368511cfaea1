package id.go.kalbarprov.sop.platform.report;

import id.go.kalbarprov.sop.platform.problem.ProblemException;

/**
 * What a service-level report covers: tasks done in {@code period}, optionally only those done by one officer (login)
 * and only of cases a unit took part in ({@code unit}, where the service knows the units of a case).
 */
public record ReportScope(ReportPeriod period, String officer, String unit) {

    static final int MAX_FILTER_LENGTH = 200;

    public static ReportScope of(String from, String to, String officer, String unit) {
        return new ReportScope(ReportPeriod.of(from, to), filter("officer", officer), filter("unit", unit));
    }

    public static ReportScope of(ReportPeriod period) {
        return new ReportScope(period, null, null);
    }

    private static String filter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_FILTER_LENGTH) {
            throw ProblemException.invalid(name, "invalid-parameter", name, "at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value.trim();
    }
}
