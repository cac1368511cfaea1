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

    private static final String[] SCHEMAS = {"request_svc", "review_svc", "archive_svc"};

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
        long quiet = awaitQuiet(started);
        Check check = check(started);
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

    /** Waits until no outbox holds an undelivered event and every started case is archived; answers the seconds. */
    private long awaitQuiet(Set<String> started) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                if (undelivered(s) == 0 && archivedOf(s, started).size() == started.size()) {
                    return (System.nanoTime() - t0) / 1_000_000_000L;
                }
            } catch (Exception e) {
                // the database may still be recovering
            }
            Thread.sleep(1000);
        }
        System.out.println("[faults] not quiet within 600 s; checking as it stands");
        return -1;
    }

    record Check(long casesInDb, long archived, List<String> lost, long doubledRecords, long doubledOrders,
                 long doubledReviews, long doubledApplied, long undelivered, Map<String, String> numbering,
                 boolean numbersGapFree, long retriedEvents, long failedAttempts) {
        boolean holds() {
            return lost.isEmpty() && doubledRecords == 0 && doubledOrders == 0 && doubledReviews == 0
                    && doubledApplied == 0 && undelivered == 0 && numbersGapFree;
        }
    }

    private Check check(Set<String> started) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            Set<String> archived = archivedOf(s, started);
            List<String> lost = started.stream().filter(id -> !archived.contains(id)).sorted().toList();
            Map<String, String> numbering = new TreeMap<>();
            boolean gapFree = gapFree(s, "agenda", "archive_svc.agenda_entry", "number", "archive_svc.agenda_counter",
                    numbering) & gapFree(s, "memo", "request_svc.memo", "sequence", "request_svc.memo_counter",
                    numbering);
            long retried = 0;
            long attempts = 0;
            for (String schema : SCHEMAS) {
                retried += count(s, "select count(*) from " + schema + ".outbox_event where attempts > 0");
                attempts += count(s, "select coalesce(sum(attempts), 0) from " + schema + ".outbox_event");
            }
            return new Check(count(s, "select count(*) from request_svc.correction_case"), archived.size(), lost,
                    count(s, "select count(*) from (select case_id from archive_svc.archive_record group by case_id "
                            + "having count(*) > 1) d"),
                    count(s, "select count(*) from (select case_id, correction_version from archive_svc.archive_order "
                            + "group by case_id, correction_version having count(*) > 1) d"),
                    count(s, "select count(*) from (select case_id from review_svc.review group by case_id "
                            + "having count(*) > 1) d"),
                    count(s, "select count(*) from (select event_id from (select event_id from request_svc.applied_event"
                            + " union all select event_id from review_svc.applied_event union all select event_id"
                            + " from archive_svc.applied_event) a group by event_id having count(*) > 1) d"),
                    undelivered(s), numbering, gapFree, retried, attempts);
        }
    }

    /** Numbers 1..n within each year, each once, and the counter at n. */
    private static boolean gapFree(Statement s, String name, String table, String column, String counter,
                                   Map<String, String> out) throws Exception {
        boolean holds = true;
        try (ResultSet r = s.executeQuery("select t.year, count(*), count(distinct t." + column + "), min(t." + column
                + "), max(t." + column + "), (select last_used from " + counter + " k where k.year = t.year) from "
                + table + " t group by t.year order by t.year")) {
            while (r.next()) {
                long n = r.getLong(2);
                boolean year = n == r.getLong(3) && r.getLong(4) == 1 && r.getLong(5) == n && r.getLong(6) == n;
                holds &= year;
                out.put(name + " " + r.getInt(1), Bench.f("%d numbers, %d distinct, %d..%d, counter %d: %s", n,
                        r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), year ? "gap-free" : "GAPS"));
            }
        }
        return holds;
    }

    private static Set<String> archivedOf(Statement s, Set<String> started) throws Exception {
        Set<String> archived = new HashSet<>();
        try (ResultSet r = s.executeQuery("select distinct r.case_id::text from archive_svc.archive_record r "
                + "join request_svc.correction_case c on c.id = r.case_id and c.state = 'ARCHIVED'")) {
            while (r.next()) {
                if (started.contains(r.getString(1))) {
                    archived.add(r.getString(1));
                }
            }
        }
        return archived;
    }

    private static long undelivered(Statement s) throws Exception {
        long n = 0;
        for (String schema : SCHEMAS) {
            n += count(s, "select count(*) from " + schema + ".outbox_event where delivered_at is null");
        }
        return n;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(options.jdbcUrl(options.database), options.pgUser, options.pgPassword);
    }

    private String report(Instant begun, Metrics m, int abandoned, int started, long quiet, Check c) {
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
        out.append(Bench.f("cases started:     %d (in request-service: %d)%n", started, c.casesInDb()));
        out.append(Bench.f("cases archived:    %d (record filed and the case ARCHIVED)%n", c.archived()));
        out.append(Bench.f("lost:              %d%s%n", c.lost().size(), c.lost().isEmpty() ? "" : " " + c.lost()));
        out.append(Bench.f("doubled:           %d (records per case > 1: %d, orders per case version > 1: %d, "
                        + "reviews per case > 1: %d, events applied more than once: %d)%n",
                c.doubledRecords() + c.doubledOrders() + c.doubledReviews() + c.doubledApplied(), c.doubledRecords(),
                c.doubledOrders(), c.doubledReviews(), c.doubledApplied()));
        out.append(Bench.f("undelivered:       %d outbox events after quiescence (quiet after %d s)%n",
                c.undelivered(), quiet));
        out.append("numbering:         ").append(c.numbersGapFree() ? "gap-free" : "GAPS").append('\n');
        c.numbering().forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        out.append(Bench.f("retries seen:      %d outbox events delivered after a failed attempt (%d failed attempts "
                + "in all)%n", c.retriedEvents(), c.failedAttempts()));
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
