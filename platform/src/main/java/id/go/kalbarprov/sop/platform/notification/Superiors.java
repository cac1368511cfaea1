package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is told when a task's standard time (Mutu Baku) is breached: the superior of the role that holds it, along the
 * bureau's line of command. The Karo has no superior within the bureau, so a breach at the Karo's step is told to
 * nobody (it still shows in the service-level report). A unit's late revised rows are told to the Kabag, who asked
 * for them.
 *
 * <pre>
 * pelaksana → kasubbag    arsiparis → kasubbag    kasubbag → kabag    unit → kabag    kabag → karo    karo → (none)
 * </pre>
 */
public final class Superiors {

    private static final Map<String, String> SUPERIOR = Map.of(
            Roles.PELAKSANA, Roles.KASUBBAG,
            Roles.ARSIPARIS, Roles.KASUBBAG,
            Roles.KASUBBAG, Roles.KABAG,
            Roles.UNIT, Roles.KABAG,
            Roles.KABAG, Roles.KARO);

    private Superiors() {
    }

    /** The roles whose tasks' breaches are told to someone. */
    public static List<String> rolesWithSuperior() {
        return List.copyOf(SUPERIOR.keySet());
    }

    /** The role told when a task held by {@code role} breaches its standard; empty for the Karo and unknown roles. */
    public static Optional<String> of(String role) {
        return Optional.ofNullable(role == null ? null : SUPERIOR.get(role));
    }
}
