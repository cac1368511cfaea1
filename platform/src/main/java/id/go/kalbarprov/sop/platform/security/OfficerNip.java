package id.go.kalbarprov.sop.platform.security;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.reference.RegisteredOfficer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An officer ({@link Roles#OFFICERS}) acts only with a valid NIP in the token: the SOP's rules on who may act at which
 * level compare people by NIP, and a login without one would let one person with two accounts act twice.
 */
public class OfficerNip {

    private static final Pattern NIP = Pattern.compile(RegisteredOfficer.NIP);

    @Inject
    SecurityIdentity identity;

    /** Whether a caller holding {@code roles} may act with {@code nip}. */
    public static boolean acceptable(Set<String> roles, String nip) {
        return roles.stream().noneMatch(Roles.OFFICERS::contains) || (nip != null && NIP.matcher(nip).matches());
    }

    @ServerRequestFilter
    public void check() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        if (!acceptable(identity.getRoles(), ServiceRoleAugmentor.text(jwt.getClaim("nip")))) {
            throw ProblemException.forbidden("officer-without-nip");
        }
    }
}
