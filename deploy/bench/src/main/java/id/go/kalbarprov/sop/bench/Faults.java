package id.go.kalbarprov.sop.bench;

import id.go.kalbarprov.sop.bench.Services.Svc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fault run (issue 17): a steady load of complete cases while each service in turn is killed with SIGKILL and
 * started again, and the (throwaway) PostgreSQL is stopped in immediate mode — a crash — and started again. The
 * sessions retry a call that found its service or the database down, with the same Idempotency-Key. Afterwards, once
 * every outbox is empty, the services' own tables must show: every case started reached the archive, no handoff was
 * lost or applied twice, and the agenda and memo numbers have no gaps. Prints and writes the figures with the commit.
 */
final class Faults {

    private final Bench.Options options;
    private final Path root;
    private final List<String> injected = new ArrayList<>();

    Faults(Bench.Options options, Path root) {
        this.options = options;
        this.root = root;
    }

    int run() throws Exception {
        if (options.pgData == null) {
            throw new IllegalStateException("--faults needs the throwaway cluster (--pg-data DIR); use run.sh --faults");
        }
        Instant begun = Instant.now();
        Bench.freshDatabase(options, options.database);
        Services services = new Services(root, options);
        Runtime.getRuntime().addShutdownHook(new Thread(services::stopAll));
        services.startAll();
        Workload workload = new Workload(services, new Tokens(root.resolve("deploy/local/keys")), options);
        Metrics metrics = new Metrics();
        workload.measureInto(metrics);
        metrics.startNanos.set(System.nanoTime());
        System.out.printf("[faults] %d sessions; warm-up %d s, then a fault every %d s%n", options.sessions,
                options.warmup, options.faultInterval);
        workload.start();
        Thread.sleep(options.warmup * 1000L);
        for (Svc svc : Svc.values()) {
            Thread.sleep(options.faultInterval * 1000L);
            long pid = services.processes.get(svc).pid();
            services.kill(svc);
            Thread.sleep(2000);
            double ready = services.restart(svc);
            fault("kill -9 " + svc.module + " (pid " + pid + "), started again, ready in " + Bench.f("%.1f", ready)
                    + " s");
        }
        Thread.sleep(options.faultInterval * 1000L);
        long t0 = System.nanoTime();
        Bench.run(List.of("bash", root.resolve("deploy/bench/throwaway-pg.sh").toString(), "restart",
                options.pgData), Map.of());
        fault("PostgreSQL pg_ctl stop -m immediate, start (" + Bench.f("%.1f", (System.nanoTime() - t0) / 1e9)
                + " s down)");
        Thread.sleep(options.faultInterval * 1000L);
        System.out.println("[faults] stopping the load: each session finishes the case it is on");
        int abandoned = workload.stop();
        metrics.endNanos.set(System.nanoTime());
        Set<String> started = workload.startedCases();
        Consistency consistency = new Consistency(options);
        long quiet = consistency.awaitQuiet(started);
        Consistency.Check check = consistency.check(started);
        String report = report(begun, metrics, abandoned, started.size(), quiet, check);
        System.out.println(report);
        Path results = root.resolve("deploy/bench/results");
        Files.createDirectories(results);
        Path file = results.resolve("faults-" + begun.toString().substring(0, 19).replace(':', '-') + ".txt");
        Files.writeString(file, report);
        System.out.println("[faults] written: " + file);
        services.stopAll();
        return check.holds() && metrics.errorCount() == 0 ? 0 : 1;
    }

    private void fault(String what) {
        injected.add(Instant.now() + "  " + what);
        System.out.println("[faults] " + what);
    }

    private String report(Instant begun, Metrics m, int abandoned, int started, long quiet, Consistency.Check c) {
        StringBuilder out = new StringBuilder();
        out.append("# Fault run: kill -9 each service in turn and restart PostgreSQL once, under load\n\n");
        out.append("commit:            ").append(Bench.commit(root)).append('\n');
        out.append("began / ended:     ").append(begun).append(" / ").append(Instant.now()).append('\n');
        out.append("machine load:      ").append(Bench.loadAverage()).append('\n');
        out.append(Bench.f("load:              %d sessions, %d%% returns, warm-up %d s, a fault every %d s, "
                + "load for %.0f s%n", options.sessions, Math.round(options.returnShare * 100), options.warmup,
                options.faultInterval, m.seconds()));
        out.append("PostgreSQL:        throwaway cluster (initdb) on ").append(options.pgHost).append(':')
                .append(options.pgPort).append(", data in ").append(options.pgData).append('\n');
        out.append("\nfaults injected:   ").append(injected.size()).append('\n');
        injected.forEach(f -> out.append("  ").append(f).append('\n'));
        out.append('\n');
        c.describe("started", started, quiet, out);
        out.append(Bench.f("errors:            %d (calls that never got through within the retry window)%n",
                m.errorCount()));
        out.append(Bench.f("client errors:     %d during the faults (connection refused, 5xx; each retried with "
                + "the same Idempotency-Key)%n", m.clientErrorCount()));
        new TreeMap<>(m.clientErrors).forEach((op, n) -> out.append("  ").append(op).append(": ").append(n.sum())
                .append('\n'));
        out.append(Bench.f("cases completed by the sessions: %d; abandoned at stop: %d%n", m.cases.sum(), abandoned));
        out.append("\nverdict:           ").append(c.holds() && m.errorCount() == 0 ? "PASS" : "FAIL").append('\n');
        return out.toString();
    }
}
