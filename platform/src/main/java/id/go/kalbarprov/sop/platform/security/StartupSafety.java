package id.go.kalbarprov.sop.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.seal.RetiredKeys;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Stops a production start ({@link LaunchMode#NORMAL}) whose settings are unsafe ({@link UnsafeSettings}), naming
 * every reason, before the service takes a request. Development and test runs are not checked.
 */
@ApplicationScoped
public class StartupSafety {

    private static final Logger LOG = Logger.getLogger(StartupSafety.class);
    /** The other keys a service may hold, by setting; each is checked against the committed keys. */
    private static final List<String> OTHER_KEYS = List.of("sop.review.seal.private-key-location",
            "sop.archive.chain.private-key-location");
    /**
     * The retired keys a service may trust, by setting, with what they signed: a committed key among them would let
     * anyone sign a seal or a chain link that verifies under it.
     */
    private static final Map<String, String> RETIRED_KEYS = Map.of("sop.review.seal.retired-public-keys", "seal",
            "sop.archive.chain.retired-public-keys", "chain");

    @Inject
    SecurityConfig exceptions;

    /** First among the start observers, so nothing else starts work with unsafe settings. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> refusals = read(ConfigProvider.getConfig(), exceptions).refusals();
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Refusing to start with unsafe settings:\n - "
                    + String.join("\n - ", refusals));
        }
        if (exceptions.developmentKeysAllowed()) {
            LOG.warn("Running with the keys committed to the repository (SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED): "
                    + "for a local run only, never in production");
        }
    }

    static UnsafeSettings read(Config config, SecurityConfig exceptions) {
        try {
            boolean selfSigned = !config.getOptionalValue("quarkus.oidc-client.client-enabled", Boolean.class)
                    .orElse(false);
            Map<String, String> others = new LinkedHashMap<>();
            for (String setting : OTHER_KEYS) {
                KeyFingerprints.of(config.getOptionalValue(setting, String.class))
                        .ifPresent(fingerprint -> others.put(setting, fingerprint));
            }
            for (String setting : RETIRED_KEYS.keySet().stream().sorted().toList()) {
                for (PublishedKey key : RetiredKeys.read(config.getOptionalValues(setting, String.class),
                        RETIRED_KEYS.get(setting))) {
                    others.put(setting + " (" + key.keyId() + ")",
                            KeyFingerprints.fingerprint(key.publicKey().getEncoded()));
                }
            }
            return new UnsafeSettings(config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                    config.getOptionalValue("mp.jwt.verify.audiences", String.class),
                    KeyFingerprints.of(config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)),
                    selfSigned,
                    selfSigned ? KeyFingerprints.of(config.getOptionalValue("smallrye.jwt.sign.key.location",
                            String.class)) : Optional.empty(),
                    others,
                    exceptions.selfSignedServiceTokensAllowed(), exceptions.developmentKeysAllowed());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read a configured key: " + e.getMessage(), e);
        }
    }
}
