package id.go.kalbarprov.sop.platform.testing;

import id.go.kalbarprov.sop.platform.security.Roles;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test tokens signed with the test key every service trusts in its tests ({@code smallrye.jwt.sign.key.location}),
 * and, for attacks, tokens it must refuse. A service's {@code support.Tokens} extends this class and adds only its own
 * caller, the service that sends it events ({@code service()}), from the services' tokens here.
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

    /** Someone holding {@code role}; for a service's role, that service's own token. */
    public static String role(String role) {
        if (List.of("request-service", "review-service", "archive-service").contains(role)) {
            return selfSigned(role);
        }
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

    /** request-service's own token, as it signs it itself: subject and role its name. */
    public static String requestService() {
        return selfSigned("request-service");
    }

    public static String reviewService() {
        return selfSigned("review-service");
    }

    public static String archiveService() {
        return selfSigned("archive-service");
    }

    /** A service's token as the identity provider issues it: client ({@code azp}) the service, a service account. */
    public static String fromProvider(String service) {
        return SIGNED.computeIfAbsent("provider|" + service, k -> Jwt.issuer(ISSUER).audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(service.getBytes()).toString()).upn("service-account-" + service)
                .claim("azp", service).groups(Set.of(service)).expiresIn(3600).sign());
    }

    /** The generic role {@code service} that every service held before each had its own: no handoff takes it. */
    public static String genericService(String upn) {
        return SIGNED.computeIfAbsent("generic|" + upn, k -> Jwt.issuer(ISSUER).audience(AUDIENCE).subject(upn)
                .upn(upn).groups(Set.of("service")).expiresIn(3600).sign());
    }

    /**
     * A token holding {@code service}'s role that the service's client did not get: a person given the role by
     * mistake ({@code azp} the front-end), or another client claiming it.
     */
    public static String serviceRoleFromClient(String service, String azp) {
        return SIGNED.computeIfAbsent("role|" + service + "|" + azp, k -> Jwt.issuer(ISSUER).audience(AUDIENCE)
                .subject("karo.one").upn("karo.one").claim("azp", azp).groups(Set.of(service, "karo"))
                .expiresIn(3600).sign());
    }

    /**
     * Every caller a handoff endpoint must refuse when only {@code senders} send its event, by name: each officer
     * role, the other services (as they sign their tokens and as the identity provider issues them), the old generic
     * role {@code service}, and tokens holding a sender's role that the sender's client did not get.
     */
    public static Map<String, String> intruders(String... senders) {
        Set<String> allowed = Set.of(senders);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : List.of("karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "unit", "auditor")) {
            tokens.put(role, role(role));
        }
        for (String service : List.of("request-service", "review-service", "archive-service")) {
            if (!allowed.contains(service)) {
                tokens.put(service, selfSigned(service));
                tokens.put(service + " from the provider", fromProvider(service));
            }
        }
        for (String sender : senders) {
            tokens.put("generic role service as " + sender, genericService(sender));
            tokens.put(sender + "'s role held by a person", serviceRoleFromClient(sender, "sop-frontend"));
            tokens.put(sender + "'s role from another client", serviceRoleFromClient(sender, "sop-integration"));
            tokens.put(sender + "'s role, named in upn only", SIGNED.computeIfAbsent("upn|" + sender,
                    k -> Jwt.issuer(ISSUER).audience(AUDIENCE).upn(sender).groups(Set.of(sender)).expiresIn(3600)
                            .sign()));
        }
        return tokens;
    }

    private static String selfSigned(String service) {
        return SIGNED.computeIfAbsent("self|" + service, k -> Jwt.issuer(ISSUER).audience(AUDIENCE).subject(service)
                .upn(service).groups(Set.of(service)).expiresIn(3600).sign());
    }

    /**
     * The NIP an officer of the tests acts with when a test names none: the one the test officers are known by, else one
     * made from the login (18 digits starting 2000, which no registered test officer has).
     */
    public static String nipOf(String upn) {
        String registered = REGISTERED_NIPS.get(upn);
        if (registered != null) {
            return registered;
        }
        return "2000" + String.format("%014d", Math.floorMod((long) upn.hashCode() * 2654435761L, 100_000_000_000_000L));
    }

    private static final Map<String, String> REGISTERED_NIPS = Map.of("karo.one", "196609211986031004",
            "kabag.one", "197001011995031001", "kasubbag.one", "197502022000032002",
            "pelaksana.one", "199003032015031003", "arsiparis.one", "198504042010012004",
            "pelaksana.two", "199104042016032004");

    /** An officer whose login carries no NIP, which the services refuse ({@code OfficerNip}). */
    public static String withoutNip(String role, String upn) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(upn).groups(Set.of(role)).claim("name", "Test " + upn)
                .expiresIn(3600).sign();
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
        } else if (Roles.OFFICERS.contains(role)) {
            b.claim("nip", nipOf(upn)); // every officer's login carries a NIP (OfficerNip)
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
