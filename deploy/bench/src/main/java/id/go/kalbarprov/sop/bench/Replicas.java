package id.go.kalbarprov.sop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The replica run (issue 18): the same closed-loop load on one, then on N processes of each service against one
 * PostgreSQL, each on a fresh database. The load generator spreads its calls over the replicas in turn, and replica r
 * hands cases to the other services' replica r, so two relays of one service compete for the same outbox and two
 * replicas number memos and agenda entries from the same counters. After each, once every outbox is empty, the
 * services' tables must show every filed case archived in both services, nothing doubled and the numbers gap-free
 * ({@link Consistency}).
 * Prints the throughput of each (on 2 cores, N may well not be faster: the point is that it is correct) and writes
 * the figures with the commit to deploy/bench/results/replicas-&lt;time&gt;.txt.
 */
final class Replicas {

    private final Bench.Options options;
    private final Path root;

    Replicas(Bench.Options options, Path root) {
        this.options = options;
        this.root = root;
    }

    record Round(int replicas, double casesPerSecond, double stepsPerSecond, long errors, int filed,
                 Consistency.Check check, long quiet) {
        boolean holds() {
            return errors == 0 && check.holds();
        }
    }

    int run() throws Exception {
        Instant begun = Instant.now();
        List<Round> rounds = new ArrayList<>();
        for (int replicas : List.of(1, options.replicaRun)) {
            rounds.add(round(replicas));
        }
        String report = report(begun, rounds);
        System.out.println(report);
        Path results = root.resolve("deploy/bench/results");
        Files.createDirectories(results);
        Path file = results.resolve("replicas-" + begun.toString().substring(0, 19).replace(':', '-') + ".txt");
        Files.writeString(file, report);
        System.out.println("[replicas] written: " + file);
        return rounds.stream().allMatch(Round::holds) ? 0 : 1;
    }

    private Round round(int replicas) throws Exception {
        options.replicas = replicas;
        Bench.freshDatabase(options, options.database);
        Services services = new Services(root, options);
        Thread hook = new Thread(services::stopAll);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            services.startAll();
            Workload workload = new Workload(services, new Tokens(root.resolve("deploy/local/keys")), options);
            System.out.printf("[replicas] %d replica(s) of each service: %d sessions, warm-up %d s, measured %d s%n",
                    replicas, options.sessions, options.warmup, options.duration);
            workload.measureInto(new Metrics());
            workload.start();
            Thread.sleep(options.warmup * 1000L);
            Metrics peak = new Metrics();
            peak.startNanos.set(System.nanoTime());
            workload.measureInto(peak);
            Thread.sleep(options.duration * 1000L);
            peak.endNanos.set(System.nanoTime());
            Metrics drain = new Metrics();
            workload.measureInto(drain);
            workload.stop();
            // A case a session gave up on (a call that failed) stays where it stopped; the filed ones must be whole.
            Set<String> filed = workload.filedCases();
            Consistency consistency = new Consistency(options);
            long quiet = consistency.awaitQuiet(filed);
            Round round = new Round(replicas, peak.cases.sum() / peak.seconds(), peak.steps.sum() / peak.seconds(),
                    peak.errorCount() + drain.errorCount(), filed.size(), consistency.check(filed), quiet);
            System.out.printf("[replicas] %d: %.1f cases/s, errors %d, %s%n", replicas, round.casesPerSecond(),
                    round.errors(), round.check().holds() ? "consistent" : "NOT CONSISTENT");
            return round;
        } finally {
            services.stopAll();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private String report(Instant begun, List<Round> rounds) {
        StringBuilder out = new StringBuilder();
        out.append("# Replica run: the same load on 1 and on ").append(options.replicaRun)
                .append(" replicas of each service, one PostgreSQL\n\n");
        out.append("commit:            ").append(Bench.commit(root)).append('\n');
        out.append("began / ended:     ").append(begun).append(" / ").append(Instant.now()).append('\n');
        out.append("machine load:      ").append(Bench.loadAverage()).append('\n');
        out.append(Bench.f("load:              %d sessions, %d%% returns, warm-up %d s, measured %d s, -Xmx%s "
                + "per process%n", options.sessions, Math.round(options.returnShare * 100), options.warmup,
                options.duration, options.heap));
        out.append("\n| replicas | cases/s | steps/s | errors | filed | archived | lost | doubled | numbers |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Round r : rounds) {
            out.append(Bench.f("| %d | %.2f | %.1f | %d | %d | %d | %d | %d | %s |%n", r.replicas(),
                    r.casesPerSecond(), r.stepsPerSecond(), r.errors(), r.filed(), r.check().archived(),
                    r.check().lost().size(), r.check().doubled(), r.check().numbersGapFree() ? "gap-free" : "GAPS"));
        }
        for (Round r : rounds) {
            out.append("\n## ").append(r.replicas()).append(" replica(s)\n\n");
            r.check().describe("filed", r.filed(), r.quiet(), out);
        }
        out.append("\nverdict:           ").append(rounds.stream().allMatch(Round::holds) ? "PASS" : "FAIL")
                .append('\n');
        return out.toString();
    }
}
