package id.go.kalbarprov.sop.archive.domain;

import java.time.LocalDate;

/**
 * One line of the retention schedule (Jadwal Retensi Arsip): how many years a record stays active, then inactive,
 * and what happens to it at the end.
 */
public record RetentionRule(int activeYears, int inactiveYears, FinalDisposition finalDisposition) {

    public RetentionRule {
        if (activeYears < 0 || inactiveYears < 0) {
            throw new IllegalArgumentException("retention years cannot be negative");
        }
    }

    /**
     * The dates of a record closed in {@code closingYear}. The closing year itself does not count: retention years are
     * whole calendar years counted from 1 January after it. So a record closed in 2026 with 2 active and 3 inactive
     * years is active through 2028, inactive from 1 January 2029, and its final disposition falls due on
     * 1 January 2032 (closingYear + active + inactive + 1).
     */
    public RetentionDates datesFor(int closingYear) {
        LocalDate inactiveFrom = LocalDate.of(closingYear + activeYears + 1, 1, 1);
        LocalDate dispositionDue = LocalDate.of(closingYear + activeYears + inactiveYears + 1, 1, 1);
        return new RetentionDates(inactiveFrom, dispositionDue);
    }

    public record RetentionDates(LocalDate inactiveFrom, LocalDate dispositionDue) {
    }
}
