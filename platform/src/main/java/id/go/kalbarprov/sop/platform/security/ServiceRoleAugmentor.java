package id.go.kalbarprov.sop.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Drops from the verified identity the service roles its client does not vouch for ({@link ServiceIdentity}), so
 * that {@code @RolesAllowed(Roles.REVIEW_SERVICE)} admits review-service's own tokens only.
 */
@ApplicationScoped
public class ServiceRoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        var kept = ServiceIdentity.effectiveRoles(identity.getRoles(), text(jwt.getClaim("azp")), jwt.getSubject());
        if (kept.equals(identity.getRoles())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(kept)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .build());
    }

    static String text(Object claim) {
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        return claim == null ? null : claim.toString();
    }
}
