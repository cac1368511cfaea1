package id.go.kalbarprov.sop.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadPolicyTest {

    private static Caller caller(String upn, String nip, String... roles) {
        return new Caller(upn, nip, null, Set.of(roles), null, false);
    }

    @Test
    void theOverseersReadEveryCaseWithoutBeingAssigned() {
        for (String role : Set.of(Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR)) {
            assertTrue(ReadPolicy.readsAssignedWork(caller("x", null, role), "someone", "199003032015031003"), role);
        }
    }

    @Test
    void aPelaksanaOrArsiparisReadsOnlyWorkAssignedToThemByUpnOrNip() {
        Caller pelaksana = caller("p.one", "199003032015031003", Roles.PELAKSANA);
        assertTrue(ReadPolicy.readsAssignedWork(pelaksana, "p.one", null));
        assertTrue(ReadPolicy.readsAssignedWork(pelaksana, null, "199003032015031003"));
        assertFalse(ReadPolicy.readsAssignedWork(pelaksana, "p.two", "199101012016011001"));
        assertFalse(ReadPolicy.readsAssignedWork(pelaksana, null, null));
        assertFalse(ReadPolicy.readsAssignedWork(caller("a", null, Roles.ARSIPARIS), "b", null));
    }

    @Test
    void unitsAndServicesOverseeNothing() {
        assertFalse(ReadPolicy.overseesEveryCase(caller("u", null, Roles.UNIT)));
        assertFalse(ReadPolicy.overseesEveryCase(caller("s", null, Roles.REVIEW_SERVICE)));
        assertFalse(ReadPolicy.overseesEveryCase(caller("p", null, Roles.PELAKSANA, Roles.ARSIPARIS)));
    }

    @Test
    void officialsNipsAreForOfficersAndTheAuditorNeverForAUnit() {
        for (String role : Set.of(Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS,
                Roles.AUDITOR)) {
            assertTrue(ReadPolicy.readsOfficialNips(caller("x", null, role)), role);
        }
        assertFalse(ReadPolicy.readsOfficialNips(caller("u", null, Roles.UNIT)));
        assertFalse(ReadPolicy.readsOfficialNips(caller("s", null, Roles.REVIEW_SERVICE)));
    }
}
