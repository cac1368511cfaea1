package id.go.kalbarprov.sop.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kalbarprov.sop.bench.Services.Svc;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The benchmark: starts the three services on a fresh database, measures pgbench -N (and, if asked, the workflow-engine
 * peers) as the ceiling, drives complete cases at peak and at half of peak, then times reads at growing scale, and
 * writes deploy/bench/target/bench-report.txt and bench-report.json. Reports, never asserts — except that any failed
 * operation makes the exit status 1.
 */
public final class Bench {

    /** Command-line options; see deploy/bench/README.md. */
    static final class Options {
        int duration = 60;
        int warmup = 15;
        int halfDuration = -1;
        /** Seconds between pacing and the half-load window; -1: until the peak's own cases have finished. */
        int halfSettle = -1;
        int sessions = 16;
        double returnShare = 0.1;
        int readSessions = 2;
        long readIntervalMs = 100;
        long pollMs = 50;
        /** How sessions learn that a handoff arrived: "stream" (the officers' notification streams) or "poll". */
        String waitMode = "stream";
        long waitTimeoutSeconds = 120;
        boolean smoke;
        List<String> scale = new ArrayList<>(List.of("1k", "100k", "1M"));
        boolean peers;
        boolean pgbench = true;
        int pgbenchSeconds = 10;
        int pgbenchScale = 10;
        String heap = "256m";
        List<String> jvmArgs = new ArrayList<>();
        /** Start each service with its class-data archive (deploy/local/class-archive.sh), when run.sh found them fresh. */
        boolean classArchives;
        Map<String, String> serviceEnv = new LinkedHashMap<>();
        String poolMax;
        String outboxPollInterval;
        /** The seal and chain keys: "ec" (P-256, made by the bench) or "rsa" (the committed development keys). */
        String signingKeys = SigningKeys.EC;
        /** The database the run recreates: never one that others use (--db, or BENCH_DB). */
        String database = env("BENCH_DB", "sop_bench");
        /** How long a service may take to become ready (a busy shared machine needs more than the default). */
        int readyTimeoutSeconds = 120;
        /** Keep the database as a previous run left it (its scale load included) instead of recreating it. */
        boolean keepDb;
        /** Cases a previous run loaded into the kept database: scale levels up to this are timed without loading. */
        long preloaded;
        String pgHost = env("PGHOST", "127.0.0.1");
        String pgPort = env("PGPORT", "5432");
        String pgUser = env("PGUSER", "postgres");
        String pgPassword = System.getenv("PGPASSWORD") != null ? System.getenv("PGPASSWORD") : env("DB_PASSWORD", "");
        String label = "";
        /** The fault run: kill -9 each service in turn and restart PostgreSQL once, under load (run.sh --faults). */
        boolean faults;
        int faultInterval = 25;
        /** The throwaway cluster's directory (made by throwaway-pg.sh; run.sh passes it with --faults). */
        String pgData;
        /** The soak: half of peak for soakSeconds, heap after GC sampled every sampleSeconds (run.sh --soak). */
        boolean soak;
        int soakSeconds = 600;
        /** How many processes of each service run (the replica run compares 1 with this). */
        int replicas = 1;
        /** The replica run (run.sh --replicas N): the same load on 1 and on N replicas of each service. */
        int replicaRun;
        int sampleSeconds = 30;

        String jdbcUrl(String db) {
            return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db;
        }

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (a) {
                    case "--duration" -> { o.duration = Integer.parseInt(v); i++; }
                    case "--warmup" -> { o.warmup = Integer.parseInt(v); i++; }
                    case "--half-duration" -> { o.halfDuration = Integer.parseInt(v); i++; }
                    case "--half-settle" -> { o.halfSettle = Integer.parseInt(v); i++; }
                    case "--sessions" -> { o.sessions = Integer.parseInt(v); i++; }
                    case "--return-share" -> { o.returnShare = Double.parseDouble(v); i++; }
                    case "--read-sessions" -> { o.readSessions = Integer.parseInt(v); i++; }
                    case "--read-interval-ms" -> { o.readIntervalMs = Long.parseLong(v); i++; }
                    case "--poll-ms" -> { o.pollMs = Long.parseLong(v); i++; }
                    case "--wait-mode" -> {
                        if (!List.of("stream", "poll").contains(v)) {
                            throw new IllegalArgumentException("--wait-mode stream|poll, not " + v);
                        }
                        o.waitMode = v;
                        i++;
                    }
                    case "--wait-timeout" -> { o.waitTimeoutSeconds = Long.parseLong(v); i++; }
                    case "--scale" -> { o.scale = new ArrayList<>(List.of(v.split(","))); i++; }
                    case "--no-scale" -> o.scale = new ArrayList<>();
                    case "--peers" -> o.peers = true;
                    case "--no-pgbench" -> o.pgbench = false;
                    case "--pgbench-seconds" -> { o.pgbenchSeconds = Integer.parseInt(v); i++; }
                    case "--heap" -> { o.heap = v; i++; }
                    case "--jvm-arg" -> { o.jvmArgs.add(v); i++; }
                    case "--class-archives" -> o.classArchives = true;
                    case "--env" -> { o.serviceEnv.put(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1)); i++; }
                    case "--pool" -> { o.poolMax = v; i++; }
                    case "--signing-keys" -> {
                        if (!List.of(SigningKeys.EC, SigningKeys.RSA).contains(v)) {
                            throw new IllegalArgumentException("--signing-keys ec|rsa, not " + v);
                        }
                        o.signingKeys = v;
                        i++;
                    }
                    case "--outbox-poll" -> { o.outboxPollInterval = v; i++; }
                    case "--db", "--database" -> { o.database = v; i++; }
                    case "--ready-timeout" -> { o.readyTimeoutSeconds = Integer.parseInt(v); i++; }
                    case "--keep-db" -> o.keepDb = true;
                    case "--preloaded" -> { o.preloaded = Scale.parse(v); i++; }
                    case "--label" -> { o.label = v; i++; }
                    case "--faults" -> {
                        o.faults = true;
                        o.scale = new ArrayList<>();
                        o.pgbench = false;
                        o.waitTimeoutSeconds = 300;
                    }
                    case "--fault-interval" -> { o.faultInterval = Integer.parseInt(v); i++; }
                    case "--pg-data" -> { o.pgData = v; i++; }
                    case "--soak" -> {
                        o.soak = true;
                        o.scale = new ArrayList<>();
                        o.pgbench = false;
                    }
                    case "--replicas" -> {
                        o.replicaRun = Integer.parseInt(v);
                        i++;
                        o.scale = new ArrayList<>();
                        o.pgbench = false;
                    }
                    case "--soak-duration" -> { o.soakSeconds = Integer.parseInt(v); i++; }
                    case "--sample-interval" -> { o.sampleSeconds = Integer.parseInt(v); i++; }
                    case "--smoke" -> {
                        o.smoke = true;
                        o.warmup = 4;
                        o.duration = 10;
                        o.halfDuration = 6;
                        o.sessions = 8;
                        o.scale = new ArrayList<>();
                        o.pgbenchSeconds = 3;
                        o.pgbenchScale = 1;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.halfDuration < 0) {
                o.halfDuration = Math.max(5, o.duration / 2);
            }
            return o;
        }
    }

    /** A measured phase: its metrics and what the database, the CPUs and the handoffs did meanwhile. */
    static final class Phase {
        final String name;
        final Metrics metrics;
        Instant from;
        Instant to;
        Map<String, Long> dbBefore;
        Map<String, Long> dbAfter;
        Map<String, Double> cpuBefore;
        Map<String, Double> cpuAfter;
        double pacedAt;
        /** Half load: seconds from pacing to the window, the peak's cases finishing (peakCasesDrained) or not. */
        double settledSeconds;
        boolean peakCasesDrained;

        Phase(String name, Metrics metrics) {
            this.name = name;
            this.metrics = metrics;
        }

        long tx() {
            return dbAfter.get("xact") - dbBefore.get("xact");
        }

        /** Transactions that wrote (took a transaction id) in the window, on the whole server. */
        long writingTx() {
            return dbAfter.get("xid") - dbBefore.get("xid");
        }

        double cores(String who) {
            Double b = cpuBefore.get(who);
            Double a = cpuAfter.get(who);
            return a == null || b == null ? Double.NaN : (a - b) / metrics.seconds();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("load")) {
            Scale.loadOnly(Options.parse(new String[0]), Long.parseLong(args[1]), Long.parseLong(args[2]));
            return;
        }
        Options options = Options.parse(args);
        Path root = root();
        if (options.faults) {
            System.exit(new Faults(options, root).run());
        }
        if (options.soak) {
            System.exit(new Soak(options, root).run());
        }
        if (options.replicaRun > 0) {
            System.exit(new Replicas(options, root).run());
        }
        Path out = root.resolve("deploy/bench/target");
        Files.createDirectories(out);
        Report report = new Report(options);
        report.loadBefore = loadAverage();
        report.startedAt = Instant.now();
        if (!options.keepDb || !databaseExists(options, options.database)) {
            freshDatabase(options, options.database);
        }

        if (options.pgbench) {
            report.pgbench = Ceiling.pgbench(options);
        }
        if (options.peers) {
            report.peers = Ceiling.peers(root, options);
        }

        Services services = new Services(root, options);
        Runtime.getRuntime().addShutdownHook(new Thread(services::stopAll));
        services.startAll();
        services.restartAll();
        report.services = services;
        Tokens tokens = new Tokens(root.resolve("deploy/local/keys"));
        Workload workload = new Workload(services, tokens, options);

        System.out.printf("[bench] %d sessions (returns %.0f%%), %d read sessions; warm-up %d s, peak %d s, half load %d s%n",
                options.sessions, options.returnShare * 100, options.readSessions, options.warmup, options.duration,
                options.halfDuration);
        workload.measureInto(new Metrics());
        workload.start();
        Thread.sleep(options.warmup * 1000L);

        Phase peak = measure("peak", workload, services, options, options.duration);
        double peakRate = peak.metrics.cases.sum() / peak.metrics.seconds();
        System.out.printf("[bench] peak: %.1f cases/s, %.1f steps/s, errors %d%n", peakRate,
                peak.metrics.steps.sum() / peak.metrics.seconds(), peak.metrics.errorCount());
        workload.pace(peakRate / 2);
        workload.measureInto(new Metrics());
        // Half load is measured once the peak's own cases have finished (their queued handoffs drained with them):
        // measured from the moment of pacing, the first seconds held the peak's backlog, and with it every one of
        // the half window's slowest step calls (all within its first 2.1 s in a run of 2026-12-02).
        long pacedAt = System.nanoTime();
        if (options.halfSettle < 0) {
            workload.awaitUnpacedCases(Math.min(options.waitTimeoutSeconds, 60) * 1000L);
        }
        long settle = options.halfSettle >= 0 ? options.halfSettle * 1000L : 3000;
        Thread.sleep(Math.max(0, settle - (System.nanoTime() - pacedAt) / 1_000_000));
        boolean drained = workload.unpacedCasesDone();
        double settled = (System.nanoTime() - pacedAt) / 1e9;
        System.out.printf("[bench] half load: the peak's cases %s after %.1f s%n", drained ? "finished" : "still running",
                settled);
        Phase half = measure("half", workload, services, options, options.halfDuration);
        half.pacedAt = peakRate / 2;
        half.settledSeconds = settled;
        half.peakCasesDrained = drained;
        System.out.printf("[bench] half load (paced at %.1f cases/s): %.1f cases/s, errors %d%n", peakRate / 2,
                half.metrics.cases.sum() / half.metrics.seconds(), half.metrics.errorCount());
        Metrics drain = new Metrics();
        workload.measureInto(drain);
        report.abandoned = workload.stop();
        report.peak = peak;
        report.half = half;
        report.drain = drain;
        report.memoryAfterRun = memory(services);
        Thread.sleep(1500);
        report.calibration = Calibration.run(options, workload, tokens, services);
        report.handoffs = handoffs(options, peak.from, half.to);

        if (!options.scale.isEmpty()) {
            report.scale = new Scale(options, services, tokens).run(options.scale);
            report.memoryAfterScale = memory(services);
        }
        report.loadAfter = loadAverage();
        report.finishedAt = Instant.now();
        report.commit = commit(root);
        Files.writeString(out.resolve("bench-report.txt"), report.text());
        if (!options.smoke) {
            // A full run's figures stay with the repository's history of runs, named by when the run began.
            Path results = root.resolve("deploy/bench/results");
            Files.createDirectories(results);
            Files.writeString(results.resolve("bench-" + report.startedAt.toString().substring(0, 19).replace(':', '-')
                    + ".txt"), report.text());
        }
        ObjectNode json = report.json();
        Files.writeString(out.resolve("bench-report.json"), Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.println(report.text());
        System.out.println("[bench] written: " + out.resolve("bench-report.txt") + " and bench-report.json");
        services.stopAll();
        long errors = peak.metrics.errorCount() + half.metrics.errorCount() + drain.errorCount()
                + (report.scale == null ? 0 : report.scale.errors());
        if (errors > 0) {
            System.err.println("[bench] FAILED: " + errors + " operations failed");
            System.exit(1);
        }
        System.exit(0);
    }

    static Phase measure(String name, Workload workload, Services services, Options options, int seconds)
            throws Exception {
        Phase phase = new Phase(name, new Metrics());
        phase.cpuBefore = cpu(services);
        phase.dbBefore = dbStats(options);
        phase.from = Instant.now();
        phase.metrics.startNanos.set(System.nanoTime());
        workload.measureInto(phase.metrics);
        Thread.sleep(seconds * 1000L);
        phase.metrics.endNanos.set(System.nanoTime());
        phase.to = Instant.now();
        Metrics next = new Metrics();
        workload.measureInto(next);
        phase.dbAfter = dbStats(options);
        phase.cpuAfter = cpu(services);
        return phase;
    }

    /** Transactions and tuples of the bench database so far (pg_stat_database, read from the postgres database). */
    static Map<String, Long> dbStats(Options options) throws Exception {
        try (Connection c = DriverManager.getConnection(options.jdbcUrl("postgres"), options.pgUser, options.pgPassword);
             PreparedStatement s = c.prepareStatement("select xact_commit, xact_rollback, tup_inserted, tup_updated, "
                     + "tup_deleted, tup_returned, tup_fetched, blks_read, blks_hit, "
                     + "txid_snapshot_xmax(txid_current_snapshot()) from pg_stat_database where datname = ?")) {
            s.setString(1, options.database);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Map<String, Long> m = new LinkedHashMap<>();
                m.put("xact_commit", r.getLong(1));
                m.put("xact_rollback", r.getLong(2));
                m.put("xact", r.getLong(1) + r.getLong(2));
                m.put("tup_inserted", r.getLong(3));
                m.put("tup_updated", r.getLong(4));
                m.put("tup_deleted", r.getLong(5));
                m.put("tup_returned", r.getLong(6));
                m.put("tup_fetched", r.getLong(7));
                m.put("blks_read", r.getLong(8));
                m.put("blks_hit", r.getLong(9));
                // The next transaction id of the whole server: only a transaction that writes takes one, and its count
                // has no flush lag (a cross-check of the calibrated figure; counts other databases' writes too).
                m.put("xid", r.getLong(10));
                return m;
            }
        }
    }

    /** CPU seconds so far: each service, all postgres processes, this load generator, the whole machine. */
    static Map<String, Double> cpu(Services services) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Svc svc : Svc.values()) {
            m.put(svc.module, cpuSeconds(services.processes.get(svc).pid()));
        }
        double pg = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        if (stat.contains("(postgres)")) {
                            pg += cpuOf(stat);
                        }
                    } catch (Exception e) {
                        // gone
                    }
                }
            }
        } catch (Exception e) {
            pg = Double.NaN;
        }
        m.put("postgres", pg);
        m.put("load generator", cpuSeconds(ProcessHandle.current().pid()));
        m.put(MACHINE, machineBusySeconds());
        return m;
    }

    /** The key of {@link #cpu}'s figure for all of the machine's processors, whoever used them. */
    static final String MACHINE = "machine";

    /** CPU seconds the machine's processors have been busy since boot: /proc/stat's first line, all but idle and iowait. */
    static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) { // user nice system idle iowait irq softirq steal
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / 100.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static double cpuSeconds(long pid) {
        try {
            return cpuOf(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static double cpuOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    static Map<String, Map<String, Double>> memory(Services services) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (Svc svc : Svc.values()) {
            m.put(svc.module, services.memory(svc));
        }
        return m;
    }

    /**
     * Handoff delays from the services' own tables: each outbox event's created_at at the sender to applied_at in the
     * receiver's applied_event (same id), and created_at to delivered_at (the sender saw the receiver's answer).
     */
    static Map<String, Histogram[]> handoffs(Options options, Instant from, Instant to) throws Exception {
        Map<String, Histogram[]> out = new LinkedHashMap<>();
        String[] schemas = {"request_svc", "review_svc", "archive_svc"};
        try (Connection c = DriverManager.getConnection(options.jdbcUrl(options.database), options.pgUser,
                options.pgPassword)) {
            for (String sender : schemas) {
                for (String receiver : schemas) {
                    if (sender.equals(receiver)) {
                        continue;
                    }
                    String sql = "select o.type, extract(epoch from (a.applied_at - o.created_at)) * 1000000, "
                            + "extract(epoch from (o.delivered_at - o.created_at)) * 1000000 from " + sender
                            + ".outbox_event o join " + receiver + ".applied_event a on a.event_id = o.id "
                            + "where o.created_at >= ? and o.created_at < ?";
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setObject(1, java.sql.Timestamp.from(from));
                        s.setObject(2, java.sql.Timestamp.from(to));
                        try (ResultSet r = s.executeQuery()) {
                            while (r.next()) {
                                String key = r.getString(1) + " (" + sender.replace("_svc", "") + " → "
                                        + receiver.replace("_svc", "") + ")";
                                Histogram[] h = out.computeIfAbsent(key, k -> new Histogram[] {Metrics.newHistogram(),
                                        Metrics.newHistogram()});
                                h[0].recordValue(Math.max(1, Math.min(300_000_000L, r.getLong(2))));
                                long delivered = r.getLong(3);
                                if (!r.wasNull()) {
                                    h[1].recordValue(Math.max(1, Math.min(300_000_000L, delivered)));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code db} is there: a first run with --keep-db makes it, the next ones keep it. */
    static boolean databaseExists(Options options, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(options.jdbcUrl("postgres"), options.pgUser, options.pgPassword);
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            s.setString(1, db);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    static void freshDatabase(Options options, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(options.jdbcUrl("postgres"), options.pgUser, options.pgPassword);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
        }
        // As db-init does (deploy/kubernetes/db-init): the trigram extension the record search index needs.
        try (Connection c = DriverManager.getConnection(options.jdbcUrl(db), options.pgUser, options.pgPassword);
             Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
        }
    }

    /** The commit the services were built from, and whether the work tree had changes. */
    static String commit(Path root) {
        try {
            String head = runQuietly(List.of("git", "-C", root.toString(), "rev-parse", "HEAD")).trim();
            String dirty = runQuietly(List.of("git", "-C", root.toString(), "status", "--porcelain",
                    "--untracked-files=no")).trim();
            return head + (dirty.isEmpty() ? "" : " (with uncommitted changes)");
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    static Path root() {
        String configured = System.getProperty("bench.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("request-service/pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found from " + start);
    }

    /** Runs a command, echoing and returning its output. */
    static String run(List<String> command, Map<String, String> env) throws Exception {
        return run(command, env, line -> {
        });
    }

    /** Runs a command, echoing its output and handing each line to {@code onLine} as it comes; returns the output. */
    static String run(List<String> command, Map<String, String> env, Consumer<String> onLine) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().putAll(env);
        Process p = b.start();
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("    " + line);
                all.append(line).append('\n');
                onLine.accept(line);
            }
        }
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + rc);
        }
        return all.toString();
    }

    /** Runs a command and returns its output, without echoing it. */
    static String runQuietly(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static Double firstDouble(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
