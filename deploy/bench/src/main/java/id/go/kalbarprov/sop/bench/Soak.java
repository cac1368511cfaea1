package id.go.kalbarprov.sop.bench;

import id.go.kalbarprov.sop.bench.Services.Svc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The soak (issue 17): the peak measured briefly, then complete cases paced at half of it for a long window (10 min by
 * default), with every service's heap after a full GC sampled at intervals ({@code jcmd PID GC.run}, then
 * {@code GC.heap_info}). Passes with no failed call and no heap growth after warm-up: the mean of the last three
 * samples at most {@value #GROWTH_MB} MB above the mean of the first three. Prints and writes the series and the
 * verdict with the commit.
 */
final class Soak {

    static final double GROWTH_MB = 8;

    private final Bench.Options options;
    private final Path root;

    Soak(Bench.Options options, Path root) {
        this.options = options;
        this.root = root;
    }

    int run() throws Exception {
        Instant begun = Instant.now();
        Bench.freshDatabase(options, options.database);
        Services services = new Services(root, options);
        Runtime.getRuntime().addShutdownHook(new Thread(services::stopAll));
        services.startAll();
        Workload workload = new Workload(services, new Tokens(root.resolve("deploy/local/keys")), options);
        workload.measureInto(new Metrics());
        workload.start();
        Thread.sleep(options.warmup * 1000L);
        Bench.Phase peak = Bench.measure("peak", workload, services, options, options.duration);
        double peakRate = peak.metrics.cases.sum() / peak.metrics.seconds();
        System.out.printf("[soak] peak %.2f cases/s (errors %d); now %d s paced at %.2f cases/s%n", peakRate,
                peak.metrics.errorCount(), options.soakSeconds, peakRate / 2);
        workload.pace(peakRate / 2);
        Metrics soak = new Metrics();
        workload.measureInto(soak);
        soak.startNanos.set(System.nanoTime());
        List<Instant> times = new ArrayList<>();
        Map<Svc, List<Double>> heap = new EnumMap<>(Svc.class);
        long end = System.nanoTime() + options.soakSeconds * 1_000_000_000L;
        while (true) {
            times.add(Instant.now());
            StringBuilder line = new StringBuilder("[soak] heap after GC:");
            for (Svc svc : Svc.values()) {
                double mb = heapAfterGc(services.processes.get(svc).pid());
                heap.computeIfAbsent(svc, k -> new ArrayList<>()).add(mb);
                line.append(Bench.f("  %s %.1f MB", svc.module, mb));
            }
            System.out.println(line.append(Bench.f("  (cases %d, errors %d)", soak.cases.sum(), soak.errorCount())));
            long left = end - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Thread.sleep(Math.min(options.sampleSeconds * 1000L, Math.max(1, left / 1_000_000)));
        }
        soak.endNanos.set(System.nanoTime());
        int abandoned = workload.stop();
        String report = report(begun, peak, peakRate, soak, abandoned, times, heap);
        System.out.println(report);
        Path results = root.resolve("deploy/bench/results");
        Files.createDirectories(results);
        Path file = results.resolve("soak-" + begun.toString().substring(0, 19).replace(':', '-') + ".txt");
        Files.writeString(file, report);
        System.out.println("[soak] written: " + file);
        services.stopAll();
        return passes(soak, heap) ? 0 : 1;
    }

    /** MB of heap in use right after a full collection, from the JVM itself. */
    static double heapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Bench.runQuietly(List.of(jcmd, String.valueOf(pid), "GC.run"));
        Double kb = Bench.firstDouble(Bench.runQuietly(List.of(jcmd, String.valueOf(pid), "GC.heap_info")),
                "used (\\d+)K");
        return kb == null ? Double.NaN : kb / 1024.0;
    }

    private static boolean passes(Metrics soak, Map<Svc, List<Double>> heap) {
        return soak.errorCount() == 0 && heap.values().stream().allMatch(s -> growth(s) <= GROWTH_MB);
    }

    /** Mean of the last three samples minus the mean of the first three after warm-up, MB. */
    static double growth(List<Double> series) {
        int n = series.size();
        if (n < 6) {
            return Double.NaN;
        }
        return (series.get(n - 1) + series.get(n - 2) + series.get(n - 3)) / 3
                - (series.get(0) + series.get(1) + series.get(2)) / 3;
    }

    private String report(Instant begun, Bench.Phase peak, double peakRate, Metrics soak, int abandoned,
                          List<Instant> times, Map<Svc, List<Double>> heap) {
        StringBuilder out = new StringBuilder();
        out.append("# Soak: half of peak, heap after GC sampled\n\n");
        out.append("commit:            ").append(Bench.commit(root)).append('\n');
        out.append("began / ended:     ").append(begun).append(" / ").append(Instant.now()).append('\n');
        out.append("machine load:      ").append(Bench.loadAverage()).append('\n');
        out.append(Bench.f("load:              %d sessions, %d read sessions, -Xmx%s; warm-up %d s, peak %d s%n",
                options.sessions, options.readSessions, options.heap, options.warmup, options.duration));
        out.append(Bench.f("peak:              %.2f cases/s (%d cases, errors %d)%n", peakRate,
                peak.metrics.cases.sum(), peak.metrics.errorCount()));
        out.append(Bench.f("soak:              %.0f s paced at %.2f cases/s: %d cases (%.2f/s), %d steps, errors %d, "
                        + "abandoned at stop %d%n", soak.seconds(), peakRate / 2, soak.cases.sum(),
                soak.cases.sum() / soak.seconds(), soak.steps.sum(), soak.errorCount(), abandoned));
        if (soak.ops.containsKey("case: all ten steps (wall)")) {
            var wall = soak.ops.get("case: all ten steps (wall)");
            out.append(Bench.f("case wall time:    p50 %.2f s, p99 %.2f s%n", wall.getValueAtPercentile(50) / 1e6,
                    wall.getValueAtPercentile(99) / 1e6));
        }
        out.append("\nheap used after a full GC (MB), every ").append(options.sampleSeconds).append(" s:\n");
        out.append(Bench.f("%-9s", "t+s"));
        for (Svc svc : Svc.values()) {
            out.append(Bench.f("%17s", svc.module));
        }
        out.append('\n');
        for (int i = 0; i < times.size(); i++) {
            out.append(Bench.f("%-9d", times.get(i).getEpochSecond() - times.get(0).getEpochSecond()));
            for (Svc svc : Svc.values()) {
                out.append(Bench.f("%17.1f", heap.get(svc).get(i)));
            }
            out.append('\n');
        }
        out.append("\ngrowth (mean of last 3 − mean of first 3 samples, limit ").append(GROWTH_MB).append(" MB):");
        for (Svc svc : Svc.values()) {
            out.append(Bench.f("  %s %+.1f MB", svc.module, growth(heap.get(svc))));
        }
        out.append("\n\nverdict:           ").append(passes(soak, heap) ? "PASS" : "FAIL")
                .append(" (errors 0 and no heap growth after warm-up)\n");
        return out.toString();
    }
}
