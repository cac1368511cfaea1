package id.go.kalbarprov.sop.review.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived tokens with which this service calls the others as itself (role {@code service}, subject its name).
 * Signed with the configured service key ({@code smallrye.jwt.sign.key.location}); the acting officer travels in the
 * payload, never in the token.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(2);

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @ConfigProperty(name = "sop.service-token.issuer")
    String issuer;

    @ConfigProperty(name = "sop.service-token.audience", defaultValue = "sop-services")
    String audience;

    private volatile String current;
    private volatile Instant renewAt = Instant.EPOCH;

    public String bearer() {
        if (Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (Instant.now().isAfter(renewAt)) {
                    current = Jwt.issuer(issuer).audience(audience).subject(serviceName).upn(serviceName)
                            .groups(Set.of(Roles.SERVICE)).expiresIn(LIFETIME).sign();
                    renewAt = Instant.now().plus(LIFETIME.dividedBy(2));
                }
            }
        }
        return "Bearer " + current;
    }
}
