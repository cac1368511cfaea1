package id.go.kalbarprov.sop.platform.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import java.time.LocalDate;
import java.util.Optional;
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

    private static String refusedField(Optional<RegisteredOfficer> found, String upn, String nip, String role) {
        try {
            RegisteredOfficer.requireServing(found, upn, nip, role, LocalDate.of(2026, 3, 1));
            return null;
        } catch (ProblemException e) {
            return e.violations().get(0).field();
        }
    }

    @Test
    void anAssigneeIsRefusedNamingTheFieldTheCallerUsed() {
        Optional<RegisteredOfficer> one = Optional.of(officer(LocalDate.of(2026, 1, 1), null));
        assertNull(refusedField(one, "pelaksana.one", null, "pelaksana"));
        assertNull(refusedField(one, "pelaksana.one", "199003032015031003", "pelaksana"));
        assertEquals("upn", refusedField(Optional.empty(), "nobody", null, "pelaksana"));
        assertEquals("nip", refusedField(Optional.empty(), null, "199003032015031003", "pelaksana"));
        assertEquals("upn", refusedField(one, "pelaksana.one", null, "arsiparis"));
        assertEquals("nip", refusedField(one, null, "199003032015031003", "arsiparis"));
        assertEquals("nip", refusedField(one, "pelaksana.one", "199104042016032004", "pelaksana"));
        assertEquals("upn", refusedField(Optional.of(officer(LocalDate.of(2026, 4, 1), null)), "pelaksana.one", null,
                "pelaksana"));
    }
}
