package id.go.kalbarprov.sop.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import id.go.kalbarprov.sop.platform.testing.DatabaseRoles;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The three packaged services started as real processes against a fresh PostgreSQL database, on free ports, with
 * the dev issuer's keys. One instance per test JVM; services can be stopped, killed and started again.
 */
public final class SystemUnderTest {

    public enum Svc {
        REQUEST("request-service"), REVIEW("review-service"), ARCHIVE("archive-service");

        public final String module;

        Svc(String module) {
            this.module = module;
        }
    }

    /** A fresh database per run; SYSTEM_TEST_DB lets two checkouts test side by side. */
    static final String DATABASE = System.getenv().getOrDefault("SYSTEM_TEST_DB", "sop_system_test");
    private static SystemUnderTest instance;

    private final Map<Svc, Integer> ports = new EnumMap<>(Svc.class);
    /** Each service's management interface (health, metrics, the OpenAPI document under /q): not the API port. */
    private final Map<Svc, Integer> managementPorts = new EnumMap<>(Svc.class);
    private final Map<Svc, Process> processes = new EnumMap<>(Svc.class);
    /** The readiness probe's path, on the management port. */
    static final String READINESS = "/q/health/ready";

    public static synchronized SystemUnderTest get() {
        if (instance == null) {
            instance = new SystemUnderTest();
            instance.freshDatabase();
            instance.freshLogs();
            for (Svc svc : Svc.values()) {
                instance.ports.put(svc, freePort());
                instance.managementPorts.put(svc, freePort());
            }
            for (Svc svc : Svc.values()) {
                instance.launch(svc);
            }
            // before waiting: services that never become ready are stopped with the tests too
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll));
            Duration startup = Duration.ofSeconds(Long.parseLong(
                    System.getenv().getOrDefault("SYSTEM_TEST_STARTUP_SECONDS", "120")));
            for (Svc svc : Svc.values()) {
                instance.awaitReady(svc, startup);
            }
        }
        return instance;
    }

    public static Path root() {
        String configured = System.getProperty("repository.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("request-service/pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found from " + start);
    }

    public String url(Svc svc) {
        return "http://127.0.0.1:" + ports.get(svc);
    }

    public String managementUrl(Svc svc) {
        return "http://127.0.0.1:" + managementPorts.get(svc);
    }

    /** Where Prometheus scrapes {@code svc}. */
    public String metricsUrl(Svc svc) {
        return managementUrl(svc) + "/q/metrics";
    }

    /** Each run's logs start empty (a restarted service appends to its file). */
    private void freshLogs() {
        for (Svc svc : Svc.values()) {
            try {
                Files.deleteIfExists(logOf(svc));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The file {@code svc}'s console output goes to. */
    public static Path logOf(Svc svc) {
        return root().resolve("deploy/system-tests/target/" + svc.module + ".log");
    }

    synchronized void start(Svc svc) {
        launch(svc);
        awaitReady(svc, Duration.ofSeconds(90));
    }

    private void launch(Svc svc) {
        processes.put(svc, start(svc, "256m", environment(svc, ports.get(svc), managementPorts.get(svc), DATABASE,
                this::url), logOf(svc)));
    }

    /** The packaged service as a process, with at most {@code maxHeap} of heap, writing to {@code log}. */
    static Process start(Svc svc, String maxHeap, Map<String, String> environment, Path log) {
        Path jar = root().resolve(svc.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn package)");
        }
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx" + maxHeap, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(jvmEnvironment());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JAVA_TOOL_OPTIONS and MALLOC_ARENA_MAX as every deployment sets them: the one source
     * deploy/kubernetes/base/common/jvm.env (KEY=VALUE lines, # comments).
     */
    static Map<String, String> jvmEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(root().resolve("deploy/kubernetes/base/common/jvm.env"))) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("deploy/kubernetes/base/common/jvm.env unreadable", e);
        }
        return env;
    }

    synchronized void stop(Svc svc) {
        Process p = processes.remove(svc);
        if (p != null) {
            p.destroy();
            waitFor(p);
        }
    }

    /** SIGKILL: no shutdown hooks, no graceful close — what a crash looks like. */
    synchronized void kill(Svc svc) {
        Process p = processes.remove(svc);
        if (p != null) {
            p.destroyForcibly();
            waitFor(p);
        }
    }

    void stopAll() {
        for (Svc svc : Svc.values()) {
            stop(svc);
        }
    }

    public Connection database() throws Exception {
        return database(DATABASE);
    }

    /** An administrator's connection to {@code database}. */
    static Connection database(String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + database,
                pgUser(), pgPassword());
    }

    /** A service's settings: its port and database, the dev keys, the other services at {@code url}. */
    static Map<String, String> environment(Svc svc, int port, int managementPort, String database,
                                           Function<Svc, String> url) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("DB_URL", "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + database);
        // As in production: Flyway as the service's owner role, the service as its runtime role.
        String role = svc.module.substring(0, svc.module.indexOf('-'));
        env.put("DB_USER", DatabaseRoles.runtime(role));
        env.put("DB_PASSWORD", DatabaseRoles.runtime(role));
        env.put("DB_OWNER_USER", DatabaseRoles.owner(role));
        env.put("DB_OWNER_PASSWORD", DatabaseRoles.owner(role));
        env.put("DB_POOL_MAX", "8");
        String keys = DevTokens.keys().toString();
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + keys + "/dev-jwt-public.pem");
        env.put("JWT_ISSUER", DevTokens.ISSUER);
        env.put("SERVICE_TOKEN_KEY_LOCATION", "file:" + keys + "/dev-jwt-private.pem");
        // the committed development keys: a production start refuses them unless told this is a local run
        env.put("SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED", "true");
        // every trace exported, to the tests' own OTLP receiver (TracingSystemTest)
        env.put("OTEL_EXPORTER_OTLP_ENDPOINT", OtlpReceiver.shared().endpoint());
        env.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        env.put("OTEL_TRACES_SAMPLER_ARG", "1");
        env.put("SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED", "true");
        env.put("SEAL_PRIVATE_KEY_LOCATION", "file:" + keys + "/dev-seal-private.pem");
        env.put("CHAIN_PRIVATE_KEY_LOCATION", "file:" + keys + "/dev-chain-private.pem");
        env.put("REQUEST_SERVICE_URL", url.apply(Svc.REQUEST));
        env.put("REVIEW_SERVICE_URL", url.apply(Svc.REVIEW));
        env.put("ARCHIVE_SERVICE_URL", url.apply(Svc.ARCHIVE));
        env.put("DOCUMENT_VERIFICATION_URL", url.apply(Svc.ARCHIVE) + "/api/v1/verifications");
        // the walks and the attack suite drive one officer far faster than a person; the limits are tested in
        // archive-service (RateLimitTest)
        env.put("SOP_RATE_LIMIT_ENABLED", "false");
        env.put("OUTBOX_POLL_INTERVAL", "200ms");
        // review and archive copy request's working calendar soon after it changes
        env.put("SOP_CALENDAR_REFRESH_INTERVAL", "2s");
        return env;
    }

    private void awaitReady(Svc svc, Duration limit) {
        awaitReady(svc.module, processes.get(svc), managementUrl(svc), limit);
    }

    /** Waits until the process whose management interface is at {@code baseUrl} answers ready; fails at once if it exits. */
    static void awaitReady(String name, Process p, String baseUrl, Duration limit) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException(name + " exited; see its log in deploy/system-tests/target/");
            }
            if (ready(client, baseUrl)) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + limit);
    }

    /** Whether the service at {@code baseUrl} answers its readiness probe with 200. */
    static boolean ready(HttpClient client, String baseUrl) {
        try {
            HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(baseUrl + READINESS))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return ready.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void freshDatabase() {
        freshDatabase(DATABASE, Svc.values());
    }

    /** Drops and creates {@code database} and prepares the owner and runtime roles of {@code services} in it. */
    static void freshDatabase(String database, Svc... services) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + pgHost() + ":" + pgPort()
                + "/postgres", pgUser(), pgPassword()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL is needed for the system tests", e);
        }
        try (Connection admin = database(database)) {
            for (Svc svc : services) {
                DatabaseRoles.prepare(admin, svc.module.substring(0, svc.module.indexOf('-')));
            }
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL is needed for the system tests", e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }

    private static String pgHost() {
        return System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    }

    private static String pgPort() {
        return System.getenv().getOrDefault("PGPORT", "5432");
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("PGUSER", "postgres");
    }

    private static String pgPassword() {
        String password = System.getenv("TEST_DB_PASSWORD");
        return password != null ? password : System.getenv().getOrDefault("PGPASSWORD", "");
    }

    /**
     * A port nobody listens on, below Linux's ephemeral range (32768–60999): a port from that range can be taken by
     * one of the many outgoing connections between choosing it and the service binding it. Never one chosen before.
     */
    static synchronized int freePort() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = 20000 + PORTS.nextInt(12000);
            if (CHOSEN.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
                CHOSEN.add(port);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static final java.util.Random PORTS = new java.util.Random();
    private static final java.util.Set<Integer> CHOSEN = new java.util.HashSet<>();

    private static void waitFor(Process p) {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
