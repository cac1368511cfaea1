package id.go.kalbarprov.sop.platform.security;

import java.util.Set;

/**
 * Who is calling, from the verified token: login ({@code upn}), civil-servant number, name, roles, the unit of a
 * {@code unit} caller and whether the holder acts as Plh/Plt (an acting official).
 */
public record Caller(String upn, String nip, String name, Set<String> roles, String unit, boolean acting) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when the caller is the person identified by upn or NIP. */
    public boolean is(String otherUpn, String otherNip) {
        return (otherUpn != null && otherUpn.equals(upn)) || (otherNip != null && otherNip.equals(nip));
    }

    /** The service of this system the caller is ({@link ServiceIdentity}), or null for a person. */
    public String service() {
        return ServiceIdentity.of(roles);
    }

    /** A unit caller without officer roles sees only its own unit's data. */
    public boolean isUnitOnly() {
        return has(Roles.UNIT) && !hasAny(Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR);
    }
}
