package id.go.kalbarprov.sop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the machine can do without us: pgbench -N on the same PostgreSQL, and the workflow-engine peers. */
final class Ceiling {

    record PgBench(double tps, double latencyMs, int clients, int seconds, int scale) {
    }

    /**
     * One peer run; {@code machineCores}: how busy the machine's processors were, whoever used them, over the run's
     * measured window (the peer's JVM and PostgreSQL, as {@link Bench#MACHINE} is for our peak window).
     */
    record Peer(String engine, double casesPerSecond, double stepsPerSecond, double machineCores, String line) {

        /** CPU milliseconds of the machine per complete case. */
        double cpuMsPerCase() {
            return 1000 * machineCores / casesPerSecond;
        }
    }

    static PgBench pgbench(Bench.Options o) throws Exception {
        String db = o.database + "_pgbench";
        Bench.freshDatabase(o, db);
        Map<String, String> env = Map.of("PGHOST", o.pgHost, "PGPORT", o.pgPort, "PGUSER", o.pgUser,
                "PGPASSWORD", o.pgPassword);
        System.out.println("[bench] pgbench -i -s " + o.pgbenchScale);
        Bench.run(List.of("pgbench", "-i", "-q", "-s", String.valueOf(o.pgbenchScale), db), env);
        int clients = 8;
        System.out.println("[bench] pgbench -N -c " + clients + " -j 2 -T " + o.pgbenchSeconds);
        String out = Bench.run(List.of("pgbench", "-N", "-c", String.valueOf(clients), "-j", "2", "-T",
                String.valueOf(o.pgbenchSeconds), db), env);
        Double tps = Bench.firstDouble(out, "tps = ([0-9.]+)");
        Double latency = Bench.firstDouble(out, "latency average = ([0-9.]+) ms");
        return new PgBench(tps == null ? Double.NaN : tps, latency == null ? Double.NaN : latency, clients,
                o.pgbenchSeconds, o.pgbenchScale);
    }

    /** ../shared/bench-peers/run.sh both, with the same share of returns as our workload. */
    static List<Peer> peers(Path root, Bench.Options o) throws Exception {
        Path script = Path.of(Bench.env("BENCH_PEERS", root.getParent().resolve("shared/bench-peers/run.sh").toString()));
        if (!Files.exists(script)) {
            System.out.println("[bench] no peers at " + script);
            return List.of();
        }
        System.out.println("[bench] peers: " + script + " both (about 3 minutes)");
        List<Peer> peers = new ArrayList<>();
        // The machine's busy CPU seconds by time: a peer prints its figures as its measured window ends.
        ConcurrentSkipListMap<Long, Double> busy = new ConcurrentSkipListMap<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> busy.put(System.nanoTime(), Bench.machineBusySeconds()), 0, 250,
                TimeUnit.MILLISECONDS);
        Matcher figures = Pattern.compile("cases_per_s=([0-9.]+) steps_per_s=([0-9.]+)").matcher("");
        String[] header = new String[1];
        try {
            Bench.run(List.of("bash", script.toString(), "both"), Map.of("PEER_RETURN_RATIO",
                    String.valueOf(o.returnShare)), line -> {
                        String found = peerHeader(line);
                        if (found != null) {
                            header[0] = found;
                        } else if (figures.reset(line).find() && header[0] != null) {
                            peers.add(new Peer(header[0].substring(0, header[0].indexOf("-peer")),
                                    Double.parseDouble(figures.group(1)), Double.parseDouble(figures.group(2)),
                                    machineCores(busy, Bench.firstDouble(header[0], "seconds=([0-9.]+)")), header[0]));
                        }
                    });
        } finally {
            sampler.shutdownNow();
        }
        return peers;
    }

    private static final Pattern PEER_HEADER = Pattern.compile("(flowable|camunda7)-peer .*");

    /**
     * The header a peer run prints before its figures ({@code camunda7-peer history=… seconds=30.0 cases=…}), or null.
     * A peer's first run builds it, and Maven's colour codes then come before the header on its line.
     */
    static String peerHeader(String line) {
        Matcher m = PEER_HEADER.matcher(line);
        return m.find() ? m.group() : null;
    }

    /** How many of the machine's processors were busy on average over the {@code seconds} that end now. */
    static double machineCores(NavigableMap<Long, Double> busy, Double seconds) {
        long now = System.nanoTime();
        double busyNow = Bench.machineBusySeconds();
        Map.Entry<Long, Double> from = seconds == null ? null : busy.floorEntry(now - (long) (seconds * 1e9));
        if (from == null) {
            return Double.NaN;
        }
        return (busyNow - from.getValue()) / ((now - from.getKey()) / 1e9);
    }
}
