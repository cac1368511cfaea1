package id.go.kalbarprov.sop.kubernetes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each packaged service, started with the prod profile, refuses unsafe settings and names every reason (platform
 * {@code StartupSafety}): a blank issuer, the keys committed to the repository, self-signed service tokens nobody
 * allowed, and one key for officers' and services' tokens.
 */
class UnsafeStartRefusedTest {

    static List<String> services() {
        return Repo.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void blankIssuerCommittedKeysAndUnallowedSelfSignedTokensAreRefused(String service) throws Exception {
        Path keys = Repo.ROOT.resolve("deploy/local/keys");
        // a blank issuer (unset or empty, the configuration itself fails to load: no start either)
        String log = refusedStart(service, Map.of(
                "JWT_ISSUER", " ",
                "JWT_PUBLIC_KEY_LOCATION", "file:" + keys.resolve("dev-jwt-public.pem"),
                "SERVICE_TOKEN_KEY_LOCATION", "file:" + keys.resolve("dev-jwt-private.pem"),
                "SEAL_PRIVATE_KEY_LOCATION", "file:" + keys.resolve("dev-seal-private.pem"),
                "CHAIN_PRIVATE_KEY_LOCATION", "file:" + keys.resolve("dev-chain-private.pem")));
        for (String reason : List.of("JWT_ISSUER (mp.jwt.verify.issuer) is blank",
                "JWT_PUBLIC_KEY_LOCATION (mp.jwt.verify.publickey.location) is a key committed to the repository",
                "SERVICE_TOKEN_KEY_LOCATION (smallrye.jwt.sign.key.location) is a key committed to the repository",
                "service tokens would be self-signed")) {
            assertTrue(log.contains(reason), service + " names \"" + reason + "\":\n" + log);
        }
        if (service.equals("review-service")) {
            assertTrue(log.contains("sop.review.seal.private-key-location is a key committed"), log);
        }
        if (service.equals("archive-service")) {
            assertTrue(log.contains("sop.archive.chain.private-key-location is a key committed"), log);
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void oneKeyForOfficersAndServicesIsRefusedEvenWhenSelfSignedTokensAreAllowed(String service) throws Exception {
        Path dir = Files.createTempDirectory("one-anchor");
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path privateKey = Files.writeString(dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        String log = refusedStart(service, Map.of(
                "JWT_ISSUER", "https://sso.example.invalid/realms/sop",
                "JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey,
                "SERVICE_TOKEN_KEY_LOCATION", "file:" + privateKey,
                "SEAL_PRIVATE_KEY_LOCATION", "file:" + privateKey,
                "CHAIN_PRIVATE_KEY_LOCATION", "file:" + privateKey,
                "SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED", "true"));
        assertTrue(log.contains("the service-token key is the key that verifies officers' tokens"), log);
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    /** Starts the packaged service with {@code settings} over a database it may migrate; returns its log once it has exited. */
    private static String refusedStart(String service, Map<String, String> settings) throws Exception {
        Path jar = Repo.ROOT.resolve(service + "/target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), jar + " missing: package " + service + " first");
        String admin = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
        String db = "sop_unsafe_start_" + service.replace("-service", "");
        ProdProfileStartTest.psql(admin, "postgres", "-c", "DROP DATABASE IF EXISTS " + db);
        ProdProfileStartTest.psql(admin, "postgres", "-c", "CREATE DATABASE " + db);
        Path log = Files.createTempFile(service + "-unsafe", ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("MP_") || k.startsWith("SMALLRYE_")
                || k.startsWith("SOP_") || k.startsWith("JWT_"));
        env.put("DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + db);
        env.put("DB_USER", admin);
        env.put("DB_PASSWORD", System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
        env.put("DB_OWNER_USER", admin);
        env.put("DB_OWNER_PASSWORD", System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
        env.put("DB_POOL_MAX", "4");
        env.put("PORT", "0");
        env.put("REQUEST_SERVICE_URL", "http://127.0.0.1:1");
        env.put("REVIEW_SERVICE_URL", "http://127.0.0.1:1");
        env.put("ARCHIVE_SERVICE_URL", "http://127.0.0.1:1");
        env.putAll(settings);
        Process p = pb.start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                fail(service + " started with unsafe settings:\n" + Files.readString(log));
            }
            assertNotEquals(0, p.exitValue(), service + " exits with an error");
            String text = Files.readString(log);
            assertTrue(text.contains("Refusing to start with unsafe settings"), text);
            return text;
        } finally {
            p.destroyForcibly();
            ProdProfileStartTest.psql(admin, "postgres", "-c", "DROP DATABASE IF EXISTS sop_unsafe_start_"
                    + service.replace("-service", "") + " WITH (FORCE)");
        }
    }
}
