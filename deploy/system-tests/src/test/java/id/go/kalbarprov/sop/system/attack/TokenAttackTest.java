package id.go.kalbarprov.sop.system.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.system.DevTokens;
import id.go.kalbarprov.sop.system.SystemUnderTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forged, stale and broken tokens against every operation that needs one. */
class TokenAttackTest {

    static AttackWorld world;

    @BeforeAll
    static void start() {
        world = AttackWorld.get();
    }

    /** Claims of a karo token that would be valid, with {@code changes} applied (a null value removes a claim). */
    private static String claims(Map<String, Object> changes) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", DevTokens.ISSUER);
        claims.put("aud", "sop-services");
        claims.put("sub", "karo.sys");
        claims.put("upn", "karo.sys");
        claims.put("name", "Attack karo");
        claims.put("nip", "196609211986031004");
        claims.put("groups", List.of("karo"));
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        claims.putAll(changes);
        claims.values().removeIf(v -> v == null);
        try {
            return Http.JSON.writeValueAsString(claims);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> change(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String unsigned(String header, String claims) {
        return DevTokens.b64(header) + "." + DevTokens.b64(claims);
    }

    private static String signedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String input = unsigned("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims(Map.of()));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    /** The classic key-confusion attack: HMAC keyed with the issuer's public key, which an attacker can read. */
    private static String hs256WithThePublicKey() throws Exception {
        byte[] publicKey = Files.readAllBytes(DevTokens.keys().resolve("dev-jwt-public.pem"));
        String input = unsigned("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims(Map.of()));
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        return input + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Tokens that must not authenticate anybody (401). */
    static Map<String, String> invalidTokens() throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", DevTokens.signRs256(claims(change("iat", now - 7200, "exp", now - 600))));
        tokens.put("not yet valid", DevTokens.signRs256(claims(change("iat", now, "nbf", now + 3600,
                "exp", now + 7200))));
        tokens.put("wrong issuer", DevTokens.signRs256(claims(change("iss", "https://evil.example/realms/sop"))));
        tokens.put("wrong audience", DevTokens.signRs256(claims(change("aud", "another-system"))));
        tokens.put("no expiry", DevTokens.signRs256(claims(change("exp", null))));
        tokens.put("signed with another key", signedWithAnotherKey());
        tokens.put("alg none", unsigned("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims(Map.of())) + ".");
        tokens.put("HS256 signed with the public key", hs256WithThePublicKey());
        String valid = DevTokens.signRs256(claims(Map.of()));
        tokens.put("truncated", valid.substring(0, valid.length() - 12));
        tokens.put("signature of another token", valid.substring(0, valid.lastIndexOf('.'))
                + DevTokens.karo().substring(DevTokens.karo().lastIndexOf('.')));
        tokens.put("garbage", "not-a-jwt");
        tokens.put("garbage in three parts", "eyJ.eyJ.eyJ");
        tokens.put("empty", "");
        return tokens;
    }

    /** Tokens that are genuine but carry no role the services know, or an officer's role without a NIP: 401 or 403. */
    static Map<String, String> roleLessTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing groups", DevTokens.signRs256(claims(change("groups", null))));
        tokens.put("unknown role", DevTokens.signRs256(claims(change("groups", List.of("superadmin")))));
        tokens.put("role in another claim", DevTokens.signRs256(claims(change("groups", null,
                "roles", List.of("karo"), "realm_access", Map.of("roles", List.of("karo"))))));
        tokens.put("officer without a NIP", DevTokens.signRs256(claims(change("nip", null))));
        tokens.put("officer with a malformed NIP", DevTokens.signRs256(claims(change("nip", "1966-09-21"))));
        return tokens;
    }

    @Test
    void noForgedStaleOrBrokenTokenGetsIn() throws Exception {
        Map<String, ExpectedAccess.Row> table = ExpectedAccess.load();
        Map<String, String> before = world.quietChecksums();
        Map<String, String> invalid = invalidTokens();
        Map<String, String> roleLess = roleLessTokens();
        List<String> failures = new ArrayList<>();
        for (Operation op : Operation.all(world)) {
            ExpectedAccess.Row row = table.get(op.key());
            if (row == null || row.allows(null)) {
                continue; // public operations do not look at the token
            }
            for (var token : invalid.entrySet()) {
                check(op, token.getKey(), token.getValue(), Set.of(401), failures);
            }
            for (var token : roleLess.entrySet()) {
                check(op, token.getKey(), token.getValue(), Set.of(401, 403), failures);
            }
        }
        assertEquals(List.of(), failures);
        world.assertDatabaseUnchanged(before, "the token attacks");
    }

    private static void check(Operation op, String attack, String token, Set<Integer> expected, List<String> failures) {
        Http.Call call = Http.call(op.method(), world.url(op.service(), world.concrete(op.path())))
                .header("Authorization", "Bearer " + token);
        if (op.bodySchema() != null) {
            call.json("{}");
        }
        Http.Answer answer = call.send();
        AttackSummary.TOKEN_ATTACKS.incrementAndGet();
        String unsafe = answer.problems();
        if (unsafe != null || !expected.contains(answer.status())) {
            failures.add(op.key() + " with " + attack + " token: expected " + expected + ", got "
                    + (unsafe != null ? unsafe : answer.toString()));
        }
    }

    @Test
    void theAnswerToABadTokenSaysNothingAboutWhy() throws Exception {
        // the same neutral problem for every kind of failure: no hint which check failed
        Set<String> bodies = new java.util.HashSet<>();
        for (String token : invalidTokens().values()) {
            Http.Answer answer = Http.call("GET", world.url(SystemUnderTest.Svc.REQUEST, "/api/v1/cases"))
                    .header("Authorization", "Bearer " + token).send();
            AttackSummary.TOKEN_ATTACKS.incrementAndGet();
            assertEquals(401, answer.status(), answer.toString());
            bodies.add(answer.body());
        }
        assertEquals(1, bodies.size(), "401 bodies differ by cause: " + bodies);
    }
}
