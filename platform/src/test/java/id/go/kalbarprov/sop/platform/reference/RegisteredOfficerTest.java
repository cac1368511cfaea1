package id.go.kalbarprov.sop.platform.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisteredOfficerTest {

    private static RegisteredOfficer officer(LocalDate from, LocalDate to) {
        return new RegisteredOfficer("pelaksana.one", "199003032015031003", "Siti", "Analis", "pelaksana", "BIRO-ORG",
                "Bagian Tata Laksana", from, to, 1);
    }

    @Test
    void anOfficerServesInTheirRoleFromTheFirstToTheLastDayIncluded() {
        RegisteredOfficer o = officer(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertFalse(o.serves("pelaksana", LocalDate.of(2025, 12, 31)));
        assertTrue(o.serves("pelaksana", LocalDate.of(2026, 1, 1)));
        assertTrue(o.serves("pelaksana", LocalDate.of(2026, 6, 30)));
        assertFalse(o.serves("pelaksana", LocalDate.of(2026, 7, 1)));
        assertFalse(o.serves("arsiparis", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void withoutALastDayTheOfficerStaysActive() {
        assertTrue(officer(LocalDate.of(2020, 1, 1), null).activeOn(LocalDate.of(2099, 1, 1)));
    }
}
