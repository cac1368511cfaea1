package id.go.kalbarprov.sop.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many database transactions one GET of each kind costs, measured on the idle system after the run: the load
 * generator's handoff polls and read mix are then subtracted from the window's transactions to give what the steps
 * themselves (with their handoffs and the relays) cost. An estimate: pg_stat_database counts with ~1 s of flush lag.
 */
final class Calibration {

    static final int CALLS = 100;

    record Result(double idleTxPerSecond, Map<String, Double> txPerGet) {
    }

    static Result run(Bench.Options options, Workload workload, Tokens tokens, Services services) throws Exception {
        if (options.smoke) {
            return null;
        }
        workload.measureInto(new Metrics());
        awaitDrained(options);
        Map<String, Long> a = Bench.dbStats(options);
        long t0 = System.nanoTime();
        Thread.sleep(3000);
        Map<String, Long> b = Bench.dbStats(options);
        double idle = (b.get("xact") - a.get("xact")) / ((System.nanoTime() - t0) / 1e9);
        Map<String, Double> perGet = new LinkedHashMap<>();
        List<String> kinds = new java.util.ArrayList<>(List.of("poll review", "poll case", "poll archive order"));
        kinds.addAll(Workload.READS);
        for (String op : kinds) {
            Map<String, Long> before = Bench.dbStats(options);
            long start = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                try {
                    workload.get(op);
                } catch (Api.Failed e) {
                    // counted in a discarded phase
                }
            }
            Thread.sleep(1200);
            Map<String, Long> after = Bench.dbStats(options);
            double seconds = (System.nanoTime() - start) / 1e9;
            perGet.put(op, Math.max(0, (after.get("xact") - before.get("xact") - idle * seconds) / CALLS));
        }
        return new Result(idle, perGet);
    }

    /** Waits (up to 3 minutes) until every outbox is delivered, so that the idle background is only the relays' polls. */
    static void awaitDrained(Bench.Options options) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        try (var c = java.sql.DriverManager.getConnection(options.jdbcUrl(options.database), options.pgUser,
                options.pgPassword); var s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (var r = s.executeQuery("select (select count(*) from request_svc.outbox_event where delivered_at is null)"
                        + " + (select count(*) from review_svc.outbox_event where delivered_at is null)"
                        + " + (select count(*) from archive_svc.outbox_event where delivered_at is null)")) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(500);
            }
        }
        Thread.sleep(1500);
    }
}
