package id.go.kalbarprov.sop.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuperiorsTest {

    @Test
    void aBreachGoesOneStepUpTheBureausLineOfCommand() {
        assertEquals(Optional.of("kasubbag"), Superiors.of("pelaksana"));
        assertEquals(Optional.of("kasubbag"), Superiors.of("arsiparis"));
        assertEquals(Optional.of("kabag"), Superiors.of("kasubbag"));
        assertEquals(Optional.of("kabag"), Superiors.of("unit"));
        assertEquals(Optional.of("karo"), Superiors.of("kabag"));
    }

    @Test
    void theKaroAndUnknownRolesHaveNoSuperiorToTell() {
        assertTrue(Superiors.of("karo").isEmpty());
        assertTrue(Superiors.of("auditor").isEmpty());
        assertTrue(Superiors.of(null).isEmpty());
        assertTrue(!Superiors.rolesWithSuperior().contains("karo"));
    }
}
