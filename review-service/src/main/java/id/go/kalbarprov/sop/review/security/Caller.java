package id.go.kalbarprov.sop.review.security;

import java.util.Set;

/**
 * Who is calling, from the verified token: login ({@code upn}), civil-servant number, name, roles and whether the
 * holder acts as Plh/Plt (an acting official).
 */
public record Caller(String upn, String nip, String name, Set<String> roles, boolean acting) {

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
}
