package id.go.kalbarprov.sop.platform.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived tokens with which this service calls the others as itself: its own role, named as the service
 * ({@link Roles#SERVICES}, {@link ServiceIdentity}); the acting officer travels in the payload, never in the token.
 * <p>
 * In production they come from the identity provider by client credentials (the default {@code quarkus-oidc-client},
 * enabled by {@code SERVICE_TOKEN_FROM_PROVIDER=true}). Where no provider is configured (local runs, tests) this
 * service signs them itself with its configured key ({@code smallrye.jwt.sign.key.location}), as the issuer the
 * receivers trust. Either way a token is reused until shortly before it expires.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration SELF_SIGNED_LIFETIME = Duration.ofMinutes(2);
    /** Renew this long before expiry, so a token never expires in flight. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(10);

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Inject
    ServiceTokenConfig config;

    @ConfigProperty(name = "quarkus.oidc-client.client-enabled", defaultValue = "false")
    boolean fromProvider;

    @Inject
    OidcClient provider;

    private volatile String current;
    private volatile Instant renewAt = Instant.EPOCH;

    public String bearer() {
        if (Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (Instant.now().isAfter(renewAt)) {
                    renew();
                }
            }
        }
        return "Bearer " + current;
    }

    private String ownRole() {
        if (!Roles.SERVICES.contains(serviceName)) {
            throw new IllegalStateException("quarkus.application.name " + serviceName + " is none of " + Roles.SERVICES);
        }
        return serviceName;
    }

    private void renew() {
        Instant now = Instant.now();
        Instant expiresAt;
        if (fromProvider) {
            Tokens tokens = provider.getTokens().await().atMost(PROVIDER_TIMEOUT);
            current = tokens.getAccessToken();
            Long expiry = tokens.getAccessTokenExpiresAt();
            expiresAt = expiry == null ? now.plus(SELF_SIGNED_LIFETIME) : Instant.ofEpochSecond(expiry);
        } else {
            current = Jwt.issuer(config.issuer().orElseThrow(() -> new IllegalStateException(
                    "sop.service-token.issuer (SERVICE_TOKEN_ISSUER) is needed to sign service tokens")))
                    .audience(config.audience()).subject(serviceName).upn(serviceName)
                    .groups(Set.of(ownRole())).expiresIn(SELF_SIGNED_LIFETIME).sign();
            expiresAt = now.plus(SELF_SIGNED_LIFETIME);
        }
        Instant renewal = expiresAt.minus(RENEW_BEFORE_EXPIRY);
        Duration lifetime = Duration.between(now, expiresAt);
        renewAt = renewal.isAfter(now) ? renewal : now.plus(lifetime.dividedBy(2));
    }
}
