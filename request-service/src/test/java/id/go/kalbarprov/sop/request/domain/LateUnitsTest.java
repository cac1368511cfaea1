package id.go.kalbarprov.sop.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LateUnitsTest {

    /** 14 December 2026, 16:00 WIB: the close of the office day of the due date. */
    private static final Instant DUE_AT = Instant.parse("2026-12-14T09:00:00Z");
    private static final List<String> UNITS = List.of("DINKES", "DISDIK", "BAPPEDA");

    @Test
    void noUnitIsLateBeforeTheCloseOfTheDueDate() {
        assertEquals(List.of(), LateUnits.of(UNITS, Set.of(), DUE_AT, DUE_AT.minusSeconds(60)));
        assertEquals(List.of(), LateUnits.of(UNITS, Set.of(), DUE_AT, DUE_AT));
        assertFalse(LateUnits.pastDue(DUE_AT, DUE_AT));
    }

    @Test
    void afterTheDueDateTheUnitsWithoutAReplyAreLateInTheCasesOrder() {
        Instant now = DUE_AT.plusSeconds(1);
        assertTrue(LateUnits.pastDue(DUE_AT, now));
        assertEquals(List.of("DINKES", "BAPPEDA"), LateUnits.of(UNITS, Set.of("DISDIK"), DUE_AT, now));
    }

    @Test
    void whenEveryUnitRepliedNoneIsLate() {
        assertEquals(List.of(), LateUnits.of(UNITS, List.of("BAPPEDA", "DINKES", "DISDIK", "DINKES"), DUE_AT,
                DUE_AT.plusSeconds(86_400)));
    }

    @Test
    void aReplyFromAUnitNotAddressedChangesNothing() {
        assertEquals(UNITS, LateUnits.of(UNITS, Set.of("DISHUB"), DUE_AT, DUE_AT.plusSeconds(1)));
    }
}
