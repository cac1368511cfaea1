package id.go.kalbarprov.sop.archive.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRuleTest {

    @Test
    void performanceAccountabilityClosedIn2026TurnsInactiveIn2029AndFallsDueIn2032() {
        RetentionRule.RetentionDates dates = new RetentionRule(2, 3, FinalDisposition.DESTROY).datesFor(2026);
        assertEquals(LocalDate.of(2029, 1, 1), dates.inactiveFrom());
        assertEquals(LocalDate.of(2032, 1, 1), dates.dispositionDue());
    }

    @ParameterizedTest
    @CsvSource({
            "2026, 0, 0, 2027-01-01, 2027-01-01",
            "2026, 1, 0, 2028-01-01, 2028-01-01",
            "2026, 0, 5, 2027-01-01, 2032-01-01",
            "2020, 10, 10, 2031-01-01, 2041-01-01"})
    void retentionYearsAreWholeCalendarYearsAfterTheClosingYear(int closingYear, int active, int inactive,
                                                                LocalDate inactiveFrom, LocalDate due) {
        RetentionRule.RetentionDates dates = new RetentionRule(active, inactive, FinalDisposition.REVIEW)
                .datesFor(closingYear);
        assertEquals(inactiveFrom, dates.inactiveFrom());
        assertEquals(due, dates.dispositionDue());
    }

    @Test
    void negativeYearsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionRule(-1, 3, FinalDisposition.DESTROY));
    }
}
