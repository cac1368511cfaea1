package id.go.kalbarprov.sop.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Exceptions an operator may grant to the production start's safety checks ({@link StartupSafety}). */
@ConfigMapping(prefix = "sop.security")
public interface SecurityConfig {

    /**
     * {@code SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED}: the services sign their own tokens, with keys of their
     * own, where no identity provider issues them by client credentials.
     */
    @WithDefault("false")
    boolean selfSignedServiceTokensAllowed();

    /**
     * {@code SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED}: a local run with the keys committed to the repository (which are
     * one trust anchor for officers and services). Never in production.
     */
    @WithDefault("false")
    boolean developmentKeysAllowed();
}
