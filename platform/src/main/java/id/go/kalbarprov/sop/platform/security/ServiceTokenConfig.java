package id.go.kalbarprov.sop.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The tokens a service signs for itself when no identity provider issues them, under {@code sop.service-token}. */
@ConfigMapping(prefix = "sop.service-token")
public interface ServiceTokenConfig {

    /** The issuer the receivers trust ({@code SERVICE_TOKEN_ISSUER}, by default {@code JWT_ISSUER}). */
    Optional<String> issuer();

    @WithDefault("sop-services")
    String audience();
}
