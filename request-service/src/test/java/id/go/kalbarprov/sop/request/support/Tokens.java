package id.go.kalbarprov.sop.request.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/** Test tokens signed with the test key the service trusts (and, for attacks, with keys it does not). */
public final class Tokens {

    public static final String ISSUER = "https://sop.test/issuer";
    public static final String AUDIENCE = "sop-services";

    private Tokens() {
    }

    public static String karo() {
        return of("karo", "karo.one", "196609211986031004", null);
    }

    public static String kabag() {
        return of("kabag", "kabag.one", "197001011995031001", null);
    }

    public static String kasubbag() {
        return of("kasubbag", "kasubbag.one", "197502022000032002", null);
    }

    public static String pelaksana() {
        return of("pelaksana", "pelaksana.one", "199003032015031003", null);
    }

    public static String pelaksana(String upn) {
        return of("pelaksana", upn, null, null);
    }

    public static String unit(String unitCode) {
        return of("unit", "unit." + unitCode.toLowerCase(), null, unitCode);
    }

    public static String auditor() {
        return of("auditor", "auditor.one", null, null);
    }

    public static String service() {
        return of("service", "review-service", null, null);
    }

    public static String role(String role) {
        return of(role, role + ".someone", null, role.equals("unit") ? "DINKES" : null);
    }

    /** Signing is slow next to a request; a test run reuses each distinct token. */
    public static String of(String role, String upn, String nip, String unit) {
        return CACHE.computeIfAbsent(role + "|" + upn + "|" + nip + "|" + unit,
                k -> builder(role, upn, nip, unit).sign());
    }

    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static JwtClaimsBuilder builder(String role, String upn, String nip, String unit) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).audience(AUDIENCE).upn(upn).groups(Set.of(role))
                .claim("name", "Test " + upn).expiresIn(3600);
        if (nip != null) {
            b.claim("nip", nip);
        }
        if (unit != null) {
            b.claim("unit", unit);
        }
        return b;
    }

    /** Signed with a key the service does not trust. */
    public static String foreignKey(String role) {
        try {
            String pem = Files.readString(Path.of("src/test/resources/other-private.pem"))
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return builder(role, "intruder", null, null).sign(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
