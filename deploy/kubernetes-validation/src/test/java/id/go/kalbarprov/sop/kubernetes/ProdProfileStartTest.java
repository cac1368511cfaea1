package id.go.kalbarprov.sop.kubernetes;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged request-service starts with the prod profile from the environment alone, with the variables and file
 * locations the Deployment gives it (ConfigMaps sop-common and request-service-config, Secrets request-service-db and
 * request-service-db-owner, the mounted service-token key): no application.properties override, no system property.
 * Flyway migrates its schema at start as the owner role, the application logs in as the runtime role, both created by
 * deploy/kubernetes/db-init/create-schemas-and-roles.sql in a scratch database (sop_k8s_check). Health, metrics and the
 * OpenAPI document answer on the management port only, and Swagger UI is off.
 */
class ProdProfileStartTest {

    private static final String HOST = "127.0.0.1";

    /** psql as the database administrator; without psql the test is skipped and says so. */
    static String psql(String user, String db, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("psql", "-h", HOST, "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1", "-q"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
            p = pb.start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("SKIPPED, NOT CHECKED: psql is not on the PATH (" + e.getMessage() + ")");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("psql " + String.join(" ", args) + " failed:\n" + out);
        }
        return out;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static int status(HttpClient http, int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void packagedServiceStartsWithProdProfileFromEnvironmentOnly() throws Exception {
        Path jar = Repo.ROOT.resolve("request-service/target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), jar + " missing: package request-service first");
        int port = freePort();
        int managementPort = freePort();
        String admin = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
        String password = "k8s-check-" + System.nanoTime();
        psql(admin, "postgres", "-c", "DROP DATABASE IF EXISTS sop_k8s_check");
        psql(admin, "postgres", "-c", "CREATE DATABASE sop_k8s_check");
        psql(admin, "sop_k8s_check", "-v", "request_password=" + password, "-v", "review_password=" + password,
                "-v", "archive_password=" + password, "-v", "request_owner_password=" + password,
                "-v", "review_owner_password=" + password, "-v", "archive_owner_password=" + password, "-f", Repo.K8S.resolve("db-init/create-schemas-and-roles.sql").toString());
        // keys of its own: a production start refuses the committed ones (UnsafeStartRefusedTest)
        Path keys = Files.createTempDirectory("prod-keys");
        Path log = Files.createTempFile("request-service-prod", ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("MP_") || k.startsWith("SMALLRYE_")
                || k.startsWith("SOP_"));
        env.put("DB_URL", "jdbc:postgresql://" + HOST + ":5432/sop_k8s_check");
        env.put("DB_USER", "request_svc");
        env.put("DB_PASSWORD", password);
        env.put("DB_OWNER_USER", "request_owner");
        env.put("DB_OWNER_PASSWORD", password);
        env.put("DB_POOL_MAX", "4");
        env.put("PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + freshKey(keys, "users", "PUBLIC KEY"));
        env.put("JWT_ISSUER", "https://sop.local/dev-issuer");
        env.put("JWT_AUDIENCE", "sop-services");
        env.put("CORS_ORIGINS", "https://sop.example.invalid");
        env.put("SERVICE_TOKEN_KEY_LOCATION", "file:" + freshKey(keys, "service", "PRIVATE KEY"));
        env.put("SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED", "true");
        env.put("SMALLRYE_JWT_SIGN_KEY_ID", "request-service");
        env.put("REVIEW_SERVICE_URL", "http://127.0.0.1:1");
        env.put("ARCHIVE_SERVICE_URL", "http://127.0.0.1:1");
        env.put("JAVA_TOOL_OPTIONS", "-XX:+ExitOnOutOfMemoryError");
        Process p = pb.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int ready = -1;
            while (System.nanoTime() < deadline && p.isAlive()) {
                try {
                    ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (ready == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            if (ready != 200) {
                fail("request-service did not become ready (last " + ready + "):\n" + Files.readString(log));
            }
            for (String path : List.of("/q/health/live", "/q/health/started", "/q/metrics", "/q/openapi")) {
                assertEquals(200, status(http, managementPort, path), path + " on the management port");
            }
            for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui")) {
                assertEquals(404, status(http, port, path), path + " is not served on the API port");
            }
            assertEquals(404, status(http, managementPort, "/q/swagger-ui"), "Swagger UI is off in prod unless enabled");
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "the API asks for a token");
            assertTrue(Files.readString(log).contains("Profile prod activated"), "prod profile:\n" + Files.readString(log));
            assertTrue(psql(admin, "sop_k8s_check", "-tAc",
                    "select count(*) from pg_tables where schemaname = 'request_svc' and tableowner = 'request_owner'")
                    .strip().matches("[1-9][0-9]*"), "Flyway created request-service's tables, owned by its owner role");
            assertEquals("0", psql(admin, "sop_k8s_check", "-tAc",
                    "select count(*) from pg_tables where schemaname = 'request_svc' and tableowner <> 'request_owner'")
                    .strip(), "the runtime role owns nothing");
            assertEquals("t|f|f", psql(admin, "sop_k8s_check", "-tAc", """
                    select has_table_privilege('request_svc', 'request_svc.case_event', 'INSERT'),
                           has_table_privilege('request_svc', 'request_svc.case_event', 'UPDATE'),
                           has_table_privilege('request_svc', 'request_svc.case_event', 'TRUNCATE')""").strip(),
                    "the runtime role appends to the timeline and can neither change nor truncate it");
        } finally {
            p.destroy();
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** The public or private half of a fresh key pair, written under {@code dir}. */
    private static Path freshKey(Path dir, String name, String half) throws Exception {
        var pair = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair();
        byte[] der = half.equals("PUBLIC KEY") ? pair.getPublic().getEncoded() : pair.getPrivate().getEncoded();
        return Files.writeString(dir.resolve(name + ".pem"), UnsafeStartRefusedTest.pem(half, der));
    }
}
