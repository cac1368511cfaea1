package id.go.kalbarprov.sop.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Real RS256 tokens from the dev issuer (deploy/local/keys), as deploy/local/token.sh makes them; cached per officer. */
final class Tokens {

    static final String ISSUER = "https://sop.local/dev-issuer";
    private final PrivateKey key;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Tokens(Path keys) throws Exception {
        String pem = Files.readString(keys.resolve("dev-jwt-private.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    /** A token for one officer: role, login, NIP (may be null) and unit (for unit callers). Valid for 12 hours. */
    String of(String role, String upn, String nip, String unit) {
        return cache.computeIfAbsent(role + '|' + upn + '|' + nip + '|' + unit, k -> sign(role, upn, nip, unit));
    }

    private String sign(String role, String upn, String nip, String unit) {
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder("{\"iss\":\"" + ISSUER + "\",\"aud\":\"sop-services\"")
                .append(",\"sub\":\"").append(upn).append("\",\"upn\":\"").append(upn)
                .append("\",\"name\":\"Bench ").append(upn).append("\",\"groups\":[\"").append(role)
                .append("\"],\"iat\":").append(now).append(",\"exp\":").append(now + 12 * 3600)
                .append(",\"jti\":\"").append(UUID.randomUUID()).append('"');
        if (nip != null) {
            claims.append(",\"nip\":\"").append(nip).append('"');
        }
        if (unit != null) {
            claims.append(",\"unit\":\"").append(unit).append('"');
        }
        claims.append('}');
        String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
