package id.go.kalbarprov.sop.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test tokens signed with the test key every service trusts in its tests ({@code smallrye.jwt.sign.key.location}),
 * and, for attacks, tokens it must refuse. A service's {@code support.Tokens} extends this class and adds only its own
 * caller, the service that sends it events ({@code service()}).
 */
public abstract class TestTokens {

    public static final String ISSUER = "https://sop.test/issuer";
    public static final String AUDIENCE = "sop-services";
    private static final Map<String, String> SIGNED = new ConcurrentHashMap<>();

    protected TestTokens() {
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

    public static String arsiparis() {
        return arsiparis("arsiparis.one", "198504042010012004");
    }

    public static String arsiparis(String upn, String nip) {
        return of("arsiparis", upn, nip, null);
    }

    public static String unit(String unitCode) {
        return of("unit", "unit." + unitCode.toLowerCase(), null, unitCode);
    }

    public static String auditor() {
        return of("auditor", "auditor.one", null, null);
    }

    public static String role(String role) {
        return of(role, role + ".someone", null, role.equals("unit") ? "DINKES" : null);
    }

    /** A named person holding {@code role}, possibly as Plh/Plt of that post. */
    public static String person(String role, String upn, String nip, boolean acting) {
        return builder(role, upn, nip, null).claim("acting", acting).sign();
    }

    /** One person holding several roles (a Kabag who also acts as Kasubbag, say). */
    public static String holding(String upn, String nip, String... roles) {
        return builder(roles[0], upn, nip, null).groups(Set.of(roles)).sign();
    }

    /** Signing is slow next to a request; a test run reuses each distinct token. */
    public static String of(String role, String upn, String nip, String unit) {
        return SIGNED.computeIfAbsent(role + "|" + upn + "|" + nip + "|" + unit,
                k -> builder(role, upn, nip, unit).sign());
    }

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

    /** Expired a while ago, otherwise valid. */
    public static String expired(String role) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return builder(role, role + ".someone", null, null).issuedAt(past - 600).expiresAt(past).sign();
    }

    /** From an issuer the service does not trust, signed with the trusted key. */
    public static String wrongIssuer(String role) {
        return builder(role, role + ".someone", null, null).issuer("https://evil.example/issuer").sign();
    }
}
