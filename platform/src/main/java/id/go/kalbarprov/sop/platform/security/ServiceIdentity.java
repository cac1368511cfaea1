package id.go.kalbarprov.sop.platform.security;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import java.util.HashSet;
import java.util.Set;

/**
 * Which service of this system a token speaks for. Each service has its own role ({@link Roles#SERVICES}), and the
 * role counts only when the token was issued to that very service: its authorised party ({@code azp}, the client id
 * at the identity provider) or, in a self-signed service token that has no {@code azp}, its subject names the same
 * service. So a person's token that was given a service role by mistake (its {@code azp} is the front-end), or a
 * token claiming several services, speaks for none of them. Handoff endpoints allow only the services that send
 * their event ({@code @RolesAllowed}); {@link #require} checks what depends on the body.
 */
public final class ServiceIdentity {

    private ServiceIdentity() {
    }

    /** The roles a token holds once service roles its client does not vouch for are dropped. */
    public static Set<String> effectiveRoles(Set<String> groups, String azp, String subject) {
        String client = azp != null ? azp : subject;
        Set<String> kept = new HashSet<>(groups);
        kept.removeIf(role -> Roles.SERVICES.contains(role) && !role.equals(client));
        return Set.copyOf(kept);
    }

    /** The service the roles (already effective) stand for, or null for a person. */
    public static String of(Set<String> roles) {
        return roles.stream().filter(Roles.SERVICES::contains).findFirst().orElse(null);
    }

    /** 403 unless the caller is the service {@code sender}; null stands for an event no service may send. */
    public static void require(Caller caller, String sender) {
        String service = caller.service();
        if (sender == null || !sender.equals(service)) {
            throw ProblemException.forbidden("wrong-sender", sender == null ? "-" : sender,
                    service != null ? service : caller.upn());
        }
    }
}
