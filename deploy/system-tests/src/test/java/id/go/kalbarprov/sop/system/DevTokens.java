package id.go.kalbarprov.sop.system;

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

/** Tokens from the dev issuer (deploy/local/keys), as deploy/local/token.sh makes them. */
public final class DevTokens {

    public static final String ISSUER = "https://sop.local/dev-issuer";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static PrivateKey key;

    private DevTokens() {
    }

    public static String karo() {
        return of("karo", "karo.sys", "196609211986031004", null);
    }

    public static String kabag() {
        return of("kabag", "kabag.sys", "197001011995031001", null);
    }

    public static String kasubbag() {
        return of("kasubbag", "kasubbag.sys", "197502022000032002", null);
    }

    public static String pelaksana() {
        return of("pelaksana", "pelaksana.sys", "199003032015031003", null);
    }

    public static String arsiparis() {
        return of("arsiparis", "arsip.sys", "198804042010012004", null);
    }

    /** The administrator of the reference data (units, officers, performance agreements). */
    public static String admin() {
        return of("admin", "admin.sys", "198801012012031008", null);
    }

    public static String auditor() {
        return of("auditor", "auditor.sys", null, null);
    }

    public static String unit(String code) {
        return of("unit", "unit." + code.toLowerCase(), null, code);
    }

    /** A service's own token, as it signs it itself (deploy/local/token.sh SERVICE): subject, upn and role its name. */
    public static String service(String name) {
        return of(name, name, null, null);
    }

    public static String of(String role, String upn, String nip, String unit) {
        return CACHE.computeIfAbsent(role + upn + nip + unit, k -> sign(role, upn, nip, unit));
    }

    private static String sign(String role, String upn, String nip, String unit) {
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder("{\"iss\":\"" + ISSUER + "\",\"aud\":\"sop-services\"")
                .append(",\"sub\":\"").append(upn).append("\",\"upn\":\"").append(upn)
                .append("\",\"name\":\"System test ").append(upn).append("\",\"groups\":[\"").append(role)
                .append("\"],\"iat\":").append(now).append(",\"exp\":").append(now + 7200)
                .append(",\"jti\":\"").append(UUID.randomUUID()).append('"');
        if (nip != null) {
            claims.append(",\"nip\":\"").append(nip).append('"');
        }
        if (unit != null) {
            claims.append(",\"unit\":\"").append(unit).append('"');
        }
        claims.append('}');
        return signRs256(claims.toString());
    }

    /** Any claims, signed by the dev issuer's key: for tokens that are well signed but wrong in what they say. */
    public static String signRs256(String claimsJson) {
        String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claimsJson);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PrivateKey key() throws Exception {
        if (key == null) {
            String pem = Files.readString(SystemUnderTest.root().resolve("deploy/local/keys/dev-jwt-private.pem"))
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
        return key;
    }

    public static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Path keys() {
        return SystemUnderTest.root().resolve("deploy/local/keys");
    }
}
