package id.go.kalbarprov.sop.platform.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.security.Caller;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whose feed a notification is in (the live stream's rule; the feed's SQL is tested against it in the services). */
class FeedOwnerTest {

    private static NotificationView to(String role, String upn, String unit) {
        return new NotificationView(UUID.randomUUID(), "TASK_ARRIVED", UUID.randomUUID(), UUID.randomUUID(), 4,
                "DRAFT", role, upn, unit, "t", "m", Instant.now(), Instant.now(), false, 1);
    }

    private static FeedOwner owner(String upn, String nip, String unit, String... roles) {
        return FeedOwner.of(new Caller(upn, nip, "Name", Set.of(roles), unit, false));
    }

    @Test
    void anOfficerSeesTheirRolesNoticesAndThoseAddressedToTheirLoginOrNip() {
        FeedOwner pelaksana = owner("pelaksana.one", "199003032015031003", null, "pelaksana");
        assertTrue(pelaksana.sees(to("pelaksana", null, null)));
        assertTrue(pelaksana.sees(to("pelaksana", "pelaksana.two", null)));
        assertTrue(pelaksana.sees(to("kabag", "pelaksana.one", null)));
        assertTrue(pelaksana.sees(to("kabag", "199003032015031003", null)));
        assertFalse(pelaksana.sees(to("kabag", "kabag.one", null)));
        assertFalse(pelaksana.sees(to("kabag", null, null)));
    }

    @Test
    void aUnitSeesOnlyItsOwnUnitsNotices() {
        assertTrue(owner("unit.dinkes", null, "DINKES", "unit").sees(to("unit", null, "DINKES")));
        assertFalse(owner("unit.disdik", null, "DISDIK", "unit").sees(to("unit", null, "DINKES")));
        assertFalse(owner("kabag.one", null, "DINKES", "kabag").sees(to("unit", null, "DINKES")));
    }
}
