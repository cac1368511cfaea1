package id.go.kalbarprov.sop.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kalbarprov.sop.bench.Services.Svc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/** The figures of one run, as plain text and as JSON. */
final class Report {

    static final String[] STEP_CALLS = {"1 ", "2 ", "3 ", "4 ", "4r ", "5 ", "6 ", "7 ", "8 ", "9 ", "10 "};

    final Bench.Options options;
    String loadBefore;
    String loadAfter;
    Instant startedAt;
    Instant finishedAt;
    Ceiling.PgBench pgbench;
    List<Ceiling.Peer> peers;
    Services services;
    Bench.Phase peak;
    Bench.Phase half;
    Metrics drain;
    int abandoned;
    Map<String, Map<String, Double>> memoryAfterRun;
    Map<String, Map<String, Double>> memoryAfterScale;
    Calibration.Result calibration;
    Map<String, Histogram[]> handoffs;
    Scale.Result scale;

    /** The commit measured ({@link Bench#commit}), printed in the report and its results file. */
    String commit = "unknown";

    Report(Bench.Options options) {
        this.options = options;
    }

    // ---- derived figures ------------------------------------------------------------------------------------------

    double casesPerSecond(Bench.Phase p) {
        return p.metrics.cases.sum() / p.metrics.seconds();
    }

    double stepsPerSecond(Bench.Phase p) {
        return p.metrics.steps.sum() / p.metrics.seconds();
    }

    /** Mean cases/s of the faster peer engine, or NaN. */
    double fasterPeer() {
        if (peers == null || peers.isEmpty()) {
            return Double.NaN;
        }
        return peerMeans().values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    Map<String, Double> peerMeans() {
        Map<String, List<Double>> by = new TreeMap<>();
        for (Ceiling.Peer p : peers) {
            by.computeIfAbsent(p.engine(), k -> new ArrayList<>()).add(p.casesPerSecond());
        }
        Map<String, Double> means = new TreeMap<>();
        by.forEach((k, v) -> means.put(k, v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)));
        return means;
    }

    /** GETs the load generator made in the window that are not part of a step (handoff polls, the read mix). */
    Map<String, Long> sideGets(Bench.Phase p) {
        Map<String, Long> m = new TreeMap<>();
        p.metrics.ops.forEach((op, h) -> {
            if (op.startsWith("poll ") || op.startsWith("read ")) {
                m.put(op, h.getTotalCount());
            }
        });
        return m;
    }

    /** Estimated transactions of the steps themselves (handoffs and relays included), per completed step. */
    double systemTxPerStep(Bench.Phase p) {
        if (calibration == null) {
            return Double.NaN;
        }
        double side = 0;
        for (Map.Entry<String, Long> e : sideGets(p).entrySet()) {
            side += e.getValue() * calibration.txPerGet().getOrDefault(e.getKey(), 1.0);
        }
        return (p.tx() - side) / p.metrics.steps.sum();
    }

    double writingTxPerStep(Bench.Phase p) {
        return p.writingTx() / (double) Math.max(1, p.metrics.steps.sum());
    }

    double stepP99Ms(Bench.Phase p) {
        return p.metrics.merged(STEP_CALLS).getValueAtPercentile(99) / 1000.0;
    }

    /** CPU milliseconds of {@code who} ({@link Bench#cpu}'s keys) per complete case in the peak window. */
    double cpuMsPerCase(String who) {
        return 1000 * peak.cores(who) / casesPerSecond(peak);
    }

    /** The faster peer's runs' mean CPU milliseconds of the machine per case, or NaN. */
    double fasterPeerCpuMsPerCase() {
        if (peers == null || peers.isEmpty()) {
            return Double.NaN;
        }
        Map<String, Double> means = peerMeans();
        String faster = means.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        return peers.stream().filter(p -> p.engine().equals(faster))
                .mapToDouble(Ceiling.Peer::cpuMsPerCase).average().orElse(Double.NaN);
    }

    /**
     * The cases/s this machine would allow if the three services cost no CPU at all: its processors divided by what
     * PostgreSQL and the load generator spend per case. An upper bound of the ratio the services can reach here.
     */
    double casesPerSecondWithServicesFree() {
        double others = cpuMsPerCase("postgres") + cpuMsPerCase("load generator");
        return 1000.0 * Runtime.getRuntime().availableProcessors() / others;
    }

    private void cpuPerCase(StringBuilder t) {
        double peer = fasterPeerCpuMsPerCase();
        line(t, "CPU per complete case: %.0f ms of the machine's (services %.0f, postgres %.0f, load generator %.0f)%s",
                cpuMsPerCase(Bench.MACHINE),
                cpuMsPerCase("request-service") + cpuMsPerCase("review-service") + cpuMsPerCase("archive-service"),
                cpuMsPerCase("postgres"), cpuMsPerCase("load generator"),
                Double.isNaN(peer) ? "" : Bench.f("; the faster peer's: %.0f ms", peer));
        double free = casesPerSecondWithServicesFree();
        line(t, "with the three services costing no CPU, postgres and the load generator alone would allow %.1f "
                        + "cases/s on these %d processors%s", free, Runtime.getRuntime().availableProcessors(),
                Double.isNaN(fasterPeer()) ? "" : Bench.f(": ratio at most %.2f", free / fasterPeer()));
    }

    // ---- text -------------------------------------------------------------------------------------------------------

    String text() {
        StringBuilder t = new StringBuilder();
        line(t, "SOP 45 benchmark — complete cases through request-, review- and archive-service over HTTP");
        line(t, "run %s .. %s%s", startedAt, finishedAt, options.label.isEmpty() ? "" : "  [" + options.label + "]");
        line(t, "commit: %s", commit);
        line(t, "machine: %d cores, load average before %s, after %s", Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter);
        line(t, "workload: %d sessions, returns %.0f%%, %d read sessions every %d ms, handoff waits %s; "
                        + "warm-up %d s, peak %d s, half load %d s; services -Xmx%s, pool %s, outbox poll %s, "
                        + "seal and chain keys %s%s",
                options.sessions, options.returnShare * 100, options.readSessions, options.readIntervalMs,
                "stream".equals(options.waitMode) ? "on the officers' notification streams"
                        : "by polling every " + options.pollMs + " ms",
                options.warmup, options.duration, options.halfDuration, options.heap,
                options.poolMax == null ? "default" : options.poolMax,
                options.outboxPollInterval == null ? "default" : options.outboxPollInterval,
                SigningKeys.EC.equals(options.signingKeys) ? "EC P-256" : "RSA-2048",
                options.smoke ? " (SMOKE)" : "");
        if (!options.jvmArgs.isEmpty() || !options.serviceEnv.isEmpty()) {
            line(t, "services' extra JVM args %s, environment %s", options.jvmArgs, options.serviceEnv);
        }
        t.append('\n');

        line(t, "== Ceiling (same machine, same run)");
        if (pgbench != null) {
            line(t, "pgbench -N (scale %d, %d clients, %d s): %.0f TPS, latency %.2f ms", pgbench.scale(),
                    pgbench.clients(), pgbench.seconds(), pgbench.tps(), pgbench.latencyMs());
        } else {
            line(t, "pgbench: not run");
        }
        if (peers != null && !peers.isEmpty()) {
            for (Ceiling.Peer p : peers) {
                line(t, "peer %-9s %6.1f cases/s %7.1f steps/s, machine %.2f cores busy = %.0f ms of CPU per case   "
                        + "(%s)", p.engine(), p.casesPerSecond(), p.stepsPerSecond(), p.machineCores(),
                        p.cpuMsPerCase(), p.line());
            }
            peerMeans().forEach((k, v) -> line(t, "peer %-9s mean %.1f cases/s", k, v));
        } else {
            line(t, "peers: not run (--peers runs ../shared/bench-peers/run.sh both)");
        }
        t.append('\n');

        line(t, "== Peak (closed loop, %d sessions, %.1f s)", options.sessions, peak.metrics.seconds());
        line(t, "complete cases: %d = %.1f cases/s; steps: %d = %.1f steps/s; returns: %d",
                peak.metrics.cases.sum(), casesPerSecond(peak), peak.metrics.steps.sum(), stepsPerSecond(peak),
                peak.metrics.returns.sum());
        double ratio = casesPerSecond(peak) / fasterPeer();
        line(t, "ratio to the faster peer: %s (target >= 1.0, goal beyond >= 2.0)", Double.isNaN(ratio)
                ? "n/a (peers not run)" : Bench.f("%.2f", ratio));
        long tx = peak.tx();
        line(t, "database transactions (pg_stat_database %s, commit+rollback): %d = %.0f TPS (%.0f%% of pgbench -N); "
                        + "%.1f per case, %.2f per step (all, incl. load generator's polls and reads)", options.database,
                tx, tx / peak.metrics.seconds(), pgbench == null ? Double.NaN : 100 * tx / peak.metrics.seconds()
                        / pgbench.tps(), tx / (double) Math.max(1, peak.metrics.cases.sum()),
                tx / (double) Math.max(1, peak.metrics.steps.sum()));
        line(t, "load generator's side GETs in the window: %s", sideGets(peak));
        double perCase = Math.max(1, peak.metrics.cases.sum());
        line(t, "HTTP requests of the load generator per complete case (wait mode %s): %.1f all, %.1f of them to wait "
                        + "for a handoff (reads of the read sessions included in 'all')", options.waitMode,
                peak.metrics.requests.sum() / perCase, peak.metrics.waitRequests.sum() / perCase);
        if (calibration != null) {
            line(t, "tx per GET (calibrated idle, idle background %.1f tx/s): %s", calibration.idleTxPerSecond(),
                    rounded(calibration.txPerGet()));
            line(t, "=> transactions per completed step, handoffs and relays included, polls and reads excluded: %.2f "
                    + "(target <= 2)", systemTxPerStep(peak));
        }
        line(t, "cross-check, transactions that wrote (took a transaction id; a read, an empty relay poll and the "
                + "register lookup take none): %.2f per step", writingTxPerStep(peak));
        line(t, "tuples: inserted %d, updated %d, deleted %d in the window",
                peak.dbAfter.get("tup_inserted") - peak.dbBefore.get("tup_inserted"),
                peak.dbAfter.get("tup_updated") - peak.dbBefore.get("tup_updated"),
                peak.dbAfter.get("tup_deleted") - peak.dbBefore.get("tup_deleted"));
        StringBuilder cpu = new StringBuilder();
        for (String who : peak.cpuBefore.keySet()) {
            cpu.append(Bench.f("%s %.2f, ", who, peak.cores(who)));
        }
        line(t, "CPU cores used: %s", cpu.substring(0, Math.max(0, cpu.length() - 2)));
        cpuPerCase(t);
        latencies(t, peak.metrics);
        t.append('\n');

        line(t, "== Half of peak (paced at %.1f cases/s, %.1f s; measured from %.1f s after pacing, when the peak's "
                + "cases %s)", half.pacedAt, half.metrics.seconds(), half.settledSeconds,
                half.peakCasesDrained ? "had finished" : "were still running");
        line(t, "complete cases: %.1f/s; steps %.1f/s; p99 of a single step call: %.1f ms (target <= 25 ms)",
                casesPerSecond(half), stepsPerSecond(half), stepP99Ms(half));
        latencies(t, half.metrics);
        slowest(t, half);
        t.append('\n');

        line(t, "== Handoff delay (sender's outbox created_at -> receiver's applied_event.applied_at; and -> delivered_at "
                + "at the sender), both measured windows");
        line(t, "%-56s %7s %9s %9s %9s %9s | %9s", "event", "count", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "dlv p50");
        if (handoffs != null) {
            handoffs.forEach((k, h) -> line(t, "%-56s %7d %9.1f %9.1f %9.1f %9.1f | %9.1f", k, h[0].getTotalCount(),
                    ms(h[0], 50), ms(h[0], 90), ms(h[0], 99), h[0].getMaxValue() / 1000.0, ms(h[1], 50)));
        }
        t.append('\n');

        line(t, "== Errors (must be 0)");
        Map<String, Long> errors = new TreeMap<>();
        for (Metrics m : List.of(peak.metrics, half.metrics, drain)) {
            m.errors.forEach((k, v) -> errors.merge(k, v.sum(), Long::sum));
        }
        if (abandoned > 0) {
            line(t, "(%d sessions still on a case %d s after the end were stopped; their cases are not counted)",
                    abandoned, options.waitTimeoutSeconds);
        }
        line(t, "total %d %s", errors.values().stream().mapToLong(Long::longValue).sum() + (scale == null ? 0 : scale.errors()),
                errors.isEmpty() ? "" : errors.toString());
        t.append('\n');

        line(t, "== Footprint (each service started alone; -Xmx%s; %s)", options.heap,
                options.classArchives ? "with its class-data archive" : "no class-data archive");
        line(t, "%-16s %12s %12s %12s %12s %14s %14s %14s", "service", "first s", "quarkus s", "restart s", "quarkus s",
                "RSS after MB", "peak RSS MB", "RSS scale MB");
        for (Svc svc : Svc.values()) {
            Services.Start s = services.starts.get(svc);
            Services.Start r = services.restarts.get(svc);
            Map<String, Double> m = memoryAfterRun.get(svc.module);
            Map<String, Double> ms = memoryAfterScale == null ? Map.of() : memoryAfterScale.get(svc.module);
            line(t, "%-16s %12.2f %12s %12s %12s %14.0f %14.0f %14s", svc.module, s.readySeconds(), s.quarkusSeconds(),
                    r == null ? "-" : Bench.f("%.2f", r.readySeconds()), r == null ? "-" : r.quarkusSeconds(),
                    m.getOrDefault("VmRSS", Double.NaN), m.getOrDefault("VmHWM", Double.NaN),
                    ms.containsKey("VmHWM") ? Bench.f("%.0f", ms.get("VmHWM")) : "-");
        }
        line(t, "first: exec -> ready on the fresh database (every migration applied); restart: after a graceful stop,"
                + " on the migrated schema (a restarted or added pod)");
        line(t, "targets: ready <= 2.6 s, RSS <= 300 MB under load");
        t.append('\n');

        if (scale != null) {
            line(t, "== Scale: reads with N cases preloaded (sequential, idle system; %d calls each; p50 / p99 ms)",
                    Scale.PROBE_CALLS);
            StringBuilder head = new StringBuilder(Bench.f("%-38s", "endpoint"));
            for (Scale.Level l : scale.levels()) {
                head.append(Bench.f(" %18s", l.name() + " (" + l.cases() + ")"));
            }
            head.append("   p50 last/first   items first/last");
            line(t, "%s", head);
            for (String probe : scale.levels().get(0).probes().keySet()) {
                StringBuilder row = new StringBuilder(Bench.f("%-38s", probe));
                for (Scale.Level l : scale.levels()) {
                    Histogram h = l.probes().get(probe);
                    row.append(h == null ? Bench.f(" %18s", "-") : Bench.f(" %8.2f / %7.2f", ms(h, 50), ms(h, 99)));
                }
                Histogram first = scale.levels().get(0).probes().get(probe);
                Histogram last = scale.levels().get(scale.levels().size() - 1).probes().get(probe);
                row.append(first == null || last == null ? "" : Bench.f("   %5.2fx", ms(last, 50) / ms(first, 50)));
                Double firstItems = scale.levels().get(0).items().get(probe);
                Double lastItems = scale.levels().get(scale.levels().size() - 1).items().get(probe);
                row.append(firstItems == null || lastItems == null ? ""
                        : Bench.f("   %.1f / %.1f", firstItems, lastItems));
                line(t, "%s", row);
            }
            StringBuilder loads = new StringBuilder();
            scale.levels().forEach(l -> loads.append(Bench.f("%s %.0f s, ", l.name(), l.loadSeconds())));
            line(t, "load times (incremental): %s", loads.substring(0, loads.length() - 2));
            line(t, "target: 1M at most 2x slower than 1k");
        }
        return t.toString();
    }

    private static Map<String, String> rounded(Map<String, Double> m) {
        Map<String, String> r = new LinkedHashMap<>();
        m.forEach((k, v) -> r.put(k, Bench.f("%.2f", v)));
        return r;
    }

    private void latencies(StringBuilder t, Metrics m) {
        line(t, "%-40s %8s %9s %9s %9s %9s", "operation (ms)", "count", "p50", "p90", "p99", "max");
        new TreeMap<>(m.ops).forEach((op, h) -> line(t, "%-40s %8d %9.1f %9.1f %9.1f %9.1f", op, h.getTotalCount(),
                ms(h, 50), ms(h, 90), ms(h, 99), h.getMaxValue() / 1000.0));
        Histogram steps = m.merged(STEP_CALLS);
        line(t, "%-40s %8d %9.1f %9.1f %9.1f %9.1f", "= all step calls", steps.getTotalCount(), ms(steps, 50),
                ms(steps, 90), ms(steps, 99), steps.getMaxValue() / 1000.0);
    }

    /**
     * The phase's slowest step calls with the second of the phase they ended in, and when the phase began on the
     * wall clock: to set the tail beside the services' GC logs and JFR recordings of the same run.
     */
    private void slowest(StringBuilder t, Bench.Phase p) {
        List<Metrics.SlowCall> calls = p.metrics.slowestStepCalls();
        if (calls.isEmpty()) {
            return;
        }
        line(t, "slowest %d step calls (the phase began %s; seconds into it, ms):", calls.size(), p.from);
        StringBuilder row = new StringBuilder();
        for (Metrics.SlowCall c : calls) {
            row.append(Bench.f("%.1f s %s %.1f; ", (c.endNanos() - p.metrics.startNanos.get()) / 1e9, c.op().trim(),
                    c.micros() / 1000.0));
        }
        line(t, "  %s", row.substring(0, row.length() - 2));
    }

    static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static void line(StringBuilder t, String format, Object... args) {
        t.append(Bench.f(format, args)).append('\n');
    }

    // ---- JSON -------------------------------------------------------------------------------------------------------

    ObjectNode json() {
        ObjectNode j = Api.JSON.createObjectNode();
        j.put("startedAt", startedAt.toString()).put("finishedAt", finishedAt.toString()).put("label", options.label)
                .put("commit", commit);
        j.putObject("machine").put("cores", Runtime.getRuntime().availableProcessors()).put("loadBefore", loadBefore)
                .put("loadAfter", loadAfter);
        j.putObject("options").put("sessions", options.sessions).put("returnShare", options.returnShare)
                .put("readSessions", options.readSessions).put("readIntervalMs", options.readIntervalMs)
                .put("pollMs", options.pollMs).put("waitMode", options.waitMode).put("warmupSeconds", options.warmup)
                .put("durationSeconds", options.duration).put("halfDurationSeconds", options.halfDuration)
                .put("heap", options.heap).put("signingKeys", options.signingKeys).put("pool", options.poolMax)
                .put("outboxPoll", options.outboxPollInterval)
                .put("smoke", options.smoke).put("jvmArgs", String.join(" ", options.jvmArgs))
                .put("classArchives", options.classArchives)
                .put("serviceEnv", options.serviceEnv.toString());
        ObjectNode ceiling = j.putObject("ceiling");
        if (pgbench != null) {
            ceiling.putObject("pgbenchN").put("tps", pgbench.tps()).put("latencyMs", pgbench.latencyMs())
                    .put("clients", pgbench.clients()).put("seconds", pgbench.seconds()).put("scale", pgbench.scale());
        }
        if (peers != null) {
            ArrayNode a = ceiling.putArray("peers");
            peers.forEach(p -> a.addObject().put("engine", p.engine()).put("casesPerSecond", p.casesPerSecond())
                    .put("stepsPerSecond", p.stepsPerSecond()).put("machineCores", p.machineCores())
                    .put("cpuMsPerCase", p.cpuMsPerCase()).put("line", p.line()));
            ObjectNode means = ceiling.putObject("peerMeansCasesPerSecond");
            peerMeans().forEach(means::put);
        }
        ObjectNode pk = phase(j.putObject("peak"), peak);
        pk.put("ratioToFasterPeer", casesPerSecond(peak) / fasterPeer());
        pk.put("writingTxPerStep", writingTxPerStep(peak));
        pk.put("cpuMsPerCase", cpuMsPerCase(Bench.MACHINE));
        pk.put("fasterPeerCpuMsPerCase", fasterPeerCpuMsPerCase());
        pk.put("casesPerSecondWithServicesFree", casesPerSecondWithServicesFree());
        if (calibration != null) {
            ObjectNode cal = pk.putObject("calibration").put("idleTxPerSecond", calibration.idleTxPerSecond());
            calibration.txPerGet().forEach(cal.putObject("txPerGet")::put);
            pk.put("systemTxPerStep", systemTxPerStep(peak));
        }
        ObjectNode hf = phase(j.putObject("halfLoad"), half);
        hf.put("pacedAtCasesPerSecond", half.pacedAt).put("stepCallP99Ms", stepP99Ms(half))
                .put("settledSeconds", half.settledSeconds).put("peakCasesDrained", half.peakCasesDrained);
        ObjectNode ho = j.putObject("handoffs");
        if (handoffs != null) {
            handoffs.forEach((k, h) -> {
                ObjectNode o = ho.putObject(k);
                histogram(o.putObject("createdToApplied"), h[0]);
                histogram(o.putObject("createdToDelivered"), h[1]);
            });
        }
        ObjectNode fp = j.putObject("footprint");
        for (Svc svc : Svc.values()) {
            Services.Start s = services.starts.get(svc);
            ObjectNode o = fp.putObject(svc.module).put("readySeconds", s.readySeconds());
            if (s.quarkusSeconds() != null) {
                o.put("quarkusStartedInSeconds", s.quarkusSeconds());
            }
            Services.Start r = services.restarts.get(svc);
            if (r != null) {
                o.put("restartReadySeconds", r.readySeconds());
            }
            memoryAfterRun.get(svc.module).forEach((k, v) -> o.put(k + "AfterRunMB", v));
            if (memoryAfterScale != null) {
                memoryAfterScale.get(svc.module).forEach((k, v) -> o.put(k + "AfterScaleMB", v));
            }
        }
        if (scale != null) {
            ArrayNode levels = j.putArray("scale");
            for (Scale.Level l : scale.levels()) {
                ObjectNode o = levels.addObject().put("level", l.name()).put("cases", l.cases())
                        .put("loadSeconds", l.loadSeconds());
                ObjectNode probes = o.putObject("probes");
                l.probes().forEach((k, h) -> {
                    ObjectNode probe = probes.putObject(k);
                    histogram(probe, h);
                    Double items = l.items().get(k);
                    if (items != null && !items.isNaN()) {
                        probe.put("meanItems", items);
                    }
                });
            }
        }
        long errors = peak.metrics.errorCount() + half.metrics.errorCount() + drain.errorCount()
                + (scale == null ? 0 : scale.errors());
        j.put("errors", errors).put("abandonedAtStop", abandoned);
        return j;
    }

    private ObjectNode phase(ObjectNode o, Bench.Phase p) {
        o.put("seconds", p.metrics.seconds()).put("cases", p.metrics.cases.sum()).put("steps", p.metrics.steps.sum())
                .put("returns", p.metrics.returns.sum()).put("casesPerSecond", casesPerSecond(p))
                .put("requestsPerCase", p.metrics.requests.sum() / (double) Math.max(1, p.metrics.cases.sum()))
                .put("waitRequestsPerCase", p.metrics.waitRequests.sum() / (double) Math.max(1, p.metrics.cases.sum()))
                .put("stepsPerSecond", stepsPerSecond(p)).put("dbTransactions", p.tx())
                .put("dbTransactionsPerCase", p.tx() / (double) Math.max(1, p.metrics.cases.sum()))
                .put("dbTransactionsPerStepAll", p.tx() / (double) Math.max(1, p.metrics.steps.sum()));
        ObjectNode db = o.putObject("pgStatDatabaseDelta");
        p.dbAfter.forEach((k, v) -> db.put(k, v - p.dbBefore.get(k)));
        ObjectNode cpu = o.putObject("cpuCores");
        p.cpuBefore.keySet().forEach(k -> cpu.put(k, p.cores(k)));
        ObjectNode side = o.putObject("sideGets");
        sideGets(p).forEach(side::put);
        ObjectNode ops = o.putObject("operations");
        new TreeMap<>(p.metrics.ops).forEach((k, h) -> histogram(ops.putObject(k), h));
        histogram(o.putObject("allStepCalls"), p.metrics.merged(STEP_CALLS));
        var slow = o.putArray("slowestStepCalls");
        p.metrics.slowestStepCalls().forEach(c -> slow.addObject().put("op", c.op())
                .put("secondsIntoPhase", (c.endNanos() - p.metrics.startNanos.get()) / 1e9).put("ms", c.micros() / 1000.0));
        ObjectNode errs = o.putObject("errors");
        p.metrics.errors.forEach((k, v) -> errs.put(k, v.sum()));
        return o;
    }

    private static void histogram(ObjectNode o, Histogram h) {
        o.put("count", h.getTotalCount()).put("p50Ms", ms(h, 50)).put("p90Ms", ms(h, 90)).put("p99Ms", ms(h, 99))
                .put("maxMs", h.getMaxValue() / 1000.0);
    }

    @SuppressWarnings("unused")
    private static long sum(Map<String, LongAdder> m) {
        return m.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
