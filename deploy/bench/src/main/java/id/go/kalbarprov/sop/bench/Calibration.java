package id.go.kalbarprov.sop.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many database transactions one GET of each kind costs, measured on the idle system after the run: the load
 * generator's handoff polls and read mix are then subtracted from the window's transactions to give what the steps
 * themselves (with their handoffs and the relays) cost. A backend of PostgreSQL 15 that goes idle within a second of
 * its last report holds its counts for up to {@link #STATS_FLUSH_LAG} (PGSTAT_IDLE_INTERVAL): each measurement waits
 * that long, or one kind's transactions are counted as the next kind's (before 2026-12-03 they were: the handoff polls
 * came out at 0 transactions per GET and the first read of the mix at 3-4, against 1 each in the statement log).
 */
final class Calibration {

    static final int CALLS = 100;
    /** PGSTAT_IDLE_INTERVAL (10 s) and a second to spare: see the class comment. */
    private static final long STATS_FLUSH_LAG = 11_000;

    record Result(double idleTxPerSecond, Map<String, Double> txPerGet) {
    }

    static Result run(Bench.Options options, Workload workload, Tokens tokens, Services services) throws Exception {
        if (options.smoke) {
            return null;
        }
        workload.measureInto(new Metrics());
        awaitDrained(options);
        Thread.sleep(STATS_FLUSH_LAG);
        Map<String, Long> a = Bench.dbStats(options);
        long t0 = System.nanoTime();
        Thread.sleep(STATS_FLUSH_LAG);
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
            Thread.sleep(STATS_FLUSH_LAG);
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
