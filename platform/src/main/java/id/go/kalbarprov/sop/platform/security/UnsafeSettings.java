package id.go.kalbarprov.sop.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings a production start refuses, as a plain rule over what the configuration says: tokens whose issuer or
 * audience nobody checks, keys anyone can read in the repository, service tokens a service signs itself unless an
 * operator allowed them, and one key that would verify both the officers' and the services' tokens (whoever holds a
 * service's key could then sign a Karo's token).
 *
 * @param issuer                  {@code mp.jwt.verify.issuer}
 * @param audiences               {@code mp.jwt.verify.audiences}
 * @param usersKey                fingerprint of the key that verifies officers' tokens, empty when remote
 * @param selfSignedServiceTokens whether this service signs its own tokens (no identity provider client)
 * @param serviceKey              fingerprint of the key it signs them with, when it does
 * @param otherKeys               fingerprints of its other keys (seal, chain), by setting
 * @param selfSignedAllowed       {@code sop.security.self-signed-service-tokens-allowed}
 * @param developmentKeysAllowed  {@code sop.security.development-keys-allowed}: a local run with the committed keys
 */
public record UnsafeSettings(Optional<String> issuer, Optional<String> audiences, Optional<String> usersKey,
        boolean selfSignedServiceTokens, Optional<String> serviceKey, Map<String, String> otherKeys,
        boolean selfSignedAllowed, boolean developmentKeysAllowed) {

    /** Why a production start must stop; empty when it may go on. */
    public List<String> refusals() {
        List<String> refusals = new ArrayList<>();
        if (issuer.filter(i -> !i.isBlank()).isEmpty()) {
            refusals.add("JWT_ISSUER (mp.jwt.verify.issuer) is blank: the issuer of tokens would not be checked");
        }
        if (audiences.filter(a -> !a.isBlank()).isEmpty()) {
            refusals.add("JWT_AUDIENCE (mp.jwt.verify.audiences) is blank: the audience of tokens would not be checked");
        }
        if (!developmentKeysAllowed) {
            committed("JWT_PUBLIC_KEY_LOCATION (mp.jwt.verify.publickey.location)", usersKey, refusals);
            if (selfSignedServiceTokens) {
                committed("SERVICE_TOKEN_KEY_LOCATION (smallrye.jwt.sign.key.location)", serviceKey, refusals);
            }
            otherKeys.forEach((setting, key) -> committed(setting, Optional.of(key), refusals));
        }
        if (selfSignedServiceTokens && !selfSignedAllowed) {
            refusals.add("service tokens would be self-signed: set SERVICE_TOKEN_FROM_PROVIDER=true, or allow them "
                    + "with SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED=true and a service key of their own");
        }
        if (selfSignedServiceTokens && !developmentKeysAllowed && serviceKey.isPresent()
                && serviceKey.equals(usersKey)) {
            refusals.add("the service-token key is the key that verifies officers' tokens: a service could sign a "
                    + "Karo's token; give the services a key of their own");
        }
        return refusals;
    }

    private static void committed(String setting, Optional<String> fingerprint, List<String> refusals) {
        if (fingerprint.filter(KeyFingerprints.COMMITTED::contains).isPresent()) {
            refusals.add(setting + " is a key committed to the repository (fingerprint " + fingerprint.get()
                    + "): anyone can sign with it");
        }
    }
}
