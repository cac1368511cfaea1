package id.go.kalbarprov.sop.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficerNipTest {

    @Test
    void everyOfficerNeedsAnEighteenDigitNip() {
        for (String role : Roles.OFFICERS) {
            assertFalse(OfficerNip.acceptable(Set.of(role), null), role);
            assertFalse(OfficerNip.acceptable(Set.of(role), ""), role);
            assertFalse(OfficerNip.acceptable(Set.of(role), "19900303201503100"), role + ": 17 digits");
            assertFalse(OfficerNip.acceptable(Set.of(role), "1990030320150310033"), role + ": 19 digits");
            assertFalse(OfficerNip.acceptable(Set.of(role, Roles.AUDITOR), "19900303201503100A"), role);
            assertTrue(OfficerNip.acceptable(Set.of(role), "199003032015031003"), role);
        }
    }

    @Test
    void callersWhoAreNoOfficersNeedNone() {
        for (String role : Set.of(Roles.AUDITOR, Roles.ADMIN, Roles.UNIT, Roles.REQUEST_SERVICE, "superuser")) {
            assertTrue(OfficerNip.acceptable(Set.of(role), null), role);
        }
        assertTrue(OfficerNip.acceptable(Set.of(), null));
    }
}
