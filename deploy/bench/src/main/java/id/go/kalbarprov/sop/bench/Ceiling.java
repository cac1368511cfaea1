package id.go.kalbarprov.sop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the machine can do without us: pgbench -N on the same PostgreSQL, and the workflow-engine peers. */
final class Ceiling {

    record PgBench(double tps, double latencyMs, int clients, int seconds, int scale) {
    }

    record Peer(String engine, double casesPerSecond, double stepsPerSecond, String line) {
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
        String out = Bench.run(List.of("bash", script.toString(), "both"), Map.of("PEER_RETURN_RATIO",
                String.valueOf(o.returnShare)));
        List<Peer> peers = new ArrayList<>();
        String engine = null;
        String header = null;
        Matcher figures = Pattern.compile("cases_per_s=([0-9.]+) steps_per_s=([0-9.]+)").matcher("");
        for (String line : out.split("\n")) {
            if (line.startsWith("flowable-peer") || line.startsWith("camunda7-peer")) {
                engine = line.substring(0, line.indexOf("-peer"));
                header = line;
            } else if (figures.reset(line).find() && engine != null) {
                peers.add(new Peer(engine, Double.parseDouble(figures.group(1)), Double.parseDouble(figures.group(2)),
                        header));
            }
        }
        return peers;
    }
}
