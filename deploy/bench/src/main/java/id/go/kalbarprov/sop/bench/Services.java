package id.go.kalbarprov.sop.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three packaged services as processes on free ports against the bench database, prod profile, -Xmx256m. With
 * {@code --replicas N}, N processes of each: replica r calls the other services' replica r, and the load generator
 * spreads its calls over the replicas in turn, as an ingress would.
 */
final class Services {

    enum Svc {
        REQUEST("request-service"), REVIEW("review-service"), ARCHIVE("archive-service");

        final String module;

        Svc(String module) {
            this.module = module;
        }
    }

    /** What a start measured: wall time from exec to the first 200 of /q/health/ready, and Quarkus' own figure. */
    record Start(double readySeconds, Double quarkusSeconds) {
    }

    /** The readiness probe's path, on the management port. */
    static final String READINESS = "/q/health/ready";

    final Map<Svc, Integer> ports = new EnumMap<>(Svc.class);
    /** The management interface's port of each service: health, metrics (/q/*) are not on the API port. */
    final Map<Svc, Integer> managementPorts = new EnumMap<>(Svc.class);
    final Map<Svc, Process> processes = new EnumMap<>(Svc.class);
    /** The first start of each service, which migrates the fresh database. */
    final Map<Svc, Start> starts = new EnumMap<>(Svc.class);
    /** The start after a graceful stop, on the migrated schema: what a restarted or added pod waits for. */
    final Map<Svc, Start> restarts = new EnumMap<>(Svc.class);
    /** Replicas 2…N of each service (replica 1 is in the maps above): their ports and processes. */
    private final Map<Svc, List<Integer>> morePorts = new EnumMap<>(Svc.class);
    private final Map<Svc, List<Integer>> moreManagementPorts = new EnumMap<>(Svc.class);
    private final List<Process> moreProcesses = new ArrayList<>();
    private final Map<Svc, AtomicInteger> turn = new EnumMap<>(Svc.class);
    private final Path root;
    private final Path logs;
    private final Bench.Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    Services(Path root, Bench.Options options) {
        this.root = root;
        this.options = options;
        this.logs = root.resolve("deploy/bench/target");
        for (Svc svc : Svc.values()) {
            ports.put(svc, freePort());
            managementPorts.put(svc, freePort());
            morePorts.put(svc, new ArrayList<>());
            moreManagementPorts.put(svc, new ArrayList<>());
            for (int r = 2; r <= options.replicas; r++) {
                morePorts.get(svc).add(freePort());
                moreManagementPorts.get(svc).add(freePort());
            }
            turn.put(svc, new AtomicInteger());
        }
    }

    /** The service's API; with several replicas, each call the next replica in turn. */
    String url(Svc svc) {
        if (options.replicas == 1) {
            return "http://127.0.0.1:" + ports.get(svc);
        }
        return "http://127.0.0.1:" + port(svc, 1 + Math.floorMod(turn.get(svc).getAndIncrement(), options.replicas));
    }

    private int port(Svc svc, int replica) {
        return replica == 1 ? ports.get(svc) : morePorts.get(svc).get(replica - 2);
    }

    private int managementPort(Svc svc, int replica) {
        return replica == 1 ? managementPorts.get(svc) : moreManagementPorts.get(svc).get(replica - 2);
    }

    String managementUrl(Svc svc) {
        return "http://127.0.0.1:" + managementPorts.get(svc);
    }

    /** Where the service answers whether it is ready (its management port). */
    String readinessUrl(Svc svc) {
        return managementUrl(svc) + READINESS;
    }

    /** Starts each service alone (so that its start time is its own), waiting for it to be ready before the next. */
    void startAll() throws Exception {
        for (Svc svc : Svc.values()) {
            starts.put(svc, start(svc));
            System.out.printf("[bench] %s ready in %.2f s (Quarkus: %s s), pid %d%n", svc.module,
                    starts.get(svc).readySeconds(), starts.get(svc).quarkusSeconds(), processes.get(svc).pid());
        }
        for (int r = 2; r <= options.replicas; r++) {
            for (Svc svc : Svc.values()) {
                Start start = start(svc, r, true);
                System.out.printf("[bench] %s replica %d ready in %.2f s%n", svc.module, r, start.readySeconds());
            }
        }
    }

    /**
     * Stops each service gracefully (SIGTERM) and starts it again alone on the schema its first start migrated; these
     * processes then carry the workload. The first start's figure includes applying every migration to an empty
     * database, which only a new installation pays.
     */
    void restartAll() throws Exception {
        for (Svc svc : Svc.values()) {
            Process p = processes.get(svc);
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            restarts.put(svc, start(svc, false));
            System.out.printf("[bench] %s restarted, ready in %.2f s (Quarkus: %s s), pid %d%n", svc.module,
                    restarts.get(svc).readySeconds(), restarts.get(svc).quarkusSeconds(), processes.get(svc).pid());
        }
    }

    /** SIGKILL: no shutdown hooks, no graceful close — what a crash looks like. */
    void kill(Svc svc) throws InterruptedException {
        Process p = processes.get(svc);
        p.destroyForcibly();
        p.waitFor();
    }

    /** Starts a killed service again on its port, its log continued; answers the seconds until it was ready. */
    double restart(Svc svc) throws Exception {
        return start(svc, false).readySeconds();
    }

    private Start start(Svc svc) throws Exception {
        return start(svc, true);
    }

    private Start start(Svc svc, boolean freshLog) throws Exception {
        return start(svc, 1, freshLog);
    }

    private Start start(Svc svc, int replica, boolean freshLog) throws Exception {
        Path jar = root.resolve(svc.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn package)");
        }
        Files.createDirectories(logs);
        Path log = logs.resolve(svc.module + (replica == 1 ? "" : "-" + replica) + ".log");
        if (freshLog) {
            Files.deleteIfExists(log);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.heap));
        Path classArchive = jar.resolveSibling("app-cds.jsa");
        if (options.classArchives && Files.exists(classArchive)) {
            command.add("-XX:SharedArchiveFile=" + classArchive);
        }
        command.addAll(options.jvmArgs);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment(svc, replica));
        long t0 = System.nanoTime();
        Process process = builder.start();
        if (replica == 1) {
            processes.put(svc, process);
        } else {
            moreProcesses.add(process);
        }
        String readiness = "http://127.0.0.1:" + managementPort(svc, replica) + READINESS;
        long deadline = t0 + Duration.ofSeconds(options.readyTimeoutSeconds).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(svc.module + " exited; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(readiness))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    return new Start(seconds, quarkusStartedIn(log));
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(svc.module + " not ready within " + options.readyTimeoutSeconds + " s; see " + log);
    }

    private static Double quarkusStartedIn(Path log) {
        try {
            // the log is continued across restarts: the last start's figure
            Matcher m = Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
            Double last = null;
            while (m.find()) {
                last = Double.valueOf(m.group(1));
            }
            return last;
        } catch (IOException e) {
            return null;
        }
    }

    private Map<String, String> environment(Svc svc, int replica) {
        Map<String, String> env = new HashMap<>(jvmEnvironment());
        env.put("PORT", String.valueOf(port(svc, replica)));
        env.put("MANAGEMENT_PORT", String.valueOf(managementPort(svc, replica)));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("DB_URL", options.jdbcUrl(options.database));
        env.put("DB_USER", options.pgUser);
        env.put("DB_PASSWORD", options.pgPassword);
        if (options.poolMax != null) {
            env.put("DB_POOL_MAX", options.poolMax);
        }
        String keys = root.resolve("deploy/local/keys").toString();
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + keys + "/dev-jwt-public.pem");
        env.put("JWT_ISSUER", Tokens.ISSUER);
        env.put("SERVICE_TOKEN_KEY_LOCATION", "file:" + keys + "/dev-jwt-private.pem");
        // the committed development keys: a production start refuses them unless told this is a local run
        env.put("SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED", "true");
        env.put("SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED", "true");
        env.put("SEAL_PRIVATE_KEY_LOCATION", "file:" + SigningKeys.of(root, options.signingKeys, "seal"));
        env.put("CHAIN_PRIVATE_KEY_LOCATION", "file:" + SigningKeys.of(root, options.signingKeys, "chain"));
        env.put("REQUEST_SERVICE_URL", "http://127.0.0.1:" + port(Svc.REQUEST, replica));
        env.put("REVIEW_SERVICE_URL", "http://127.0.0.1:" + port(Svc.REVIEW, replica));
        env.put("ARCHIVE_SERVICE_URL", "http://127.0.0.1:" + port(Svc.ARCHIVE, replica));
        if (options.outboxPollInterval != null) {
            env.put("OUTBOX_POLL_INTERVAL", options.outboxPollInterval);
        }
        // one officer drives many cases at once: far beyond what the per-caller limits are for
        env.put("SOP_RATE_LIMIT_ENABLED", "false");
        env.putAll(options.serviceEnv);
        return env;
    }

    /**
     * JAVA_TOOL_OPTIONS and MALLOC_ARENA_MAX as every deployment sets them: the one source
     * deploy/kubernetes/base/common/jvm.env (KEY=VALUE lines, # comments). --env overrides them.
     */
    private Map<String, String> jvmEnvironment() {
        Map<String, String> env = new HashMap<>();
        try {
            for (String line : Files.readAllLines(root.resolve("deploy/kubernetes/base/common/jvm.env"))) {
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

    /** VmRSS and VmHWM (peak) of a service process, in MB. */
    Map<String, Double> memory(Svc svc) {
        Map<String, Double> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + processes.get(svc).pid() + "/status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    String[] parts = line.split("\\s+");
                    out.put(line.substring(0, 5), Double.parseDouble(parts[1]) / 1024.0);
                }
            }
        } catch (IOException e) {
            // gone
        }
        return out;
    }

    void stopAll() {
        List<Process> all = new ArrayList<>(processes.values());
        all.addAll(moreProcesses);
        for (Process p : all) {
            p.destroy();
        }
        for (Process p : all) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
}
