package id.go.kalbarprov.sop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the services' own tables must show after a run that stressed the handoffs (faults, several replicas): once every
 * outbox is empty, every case started reached the archive, no handoff was applied twice, no case has two reviews,
 * orders or records, and the agenda and memo numbers have no gaps.
 */
final class Consistency {

    private static final String[] SCHEMAS = {"request_svc", "review_svc", "archive_svc"};

    private final Bench.Options options;

    Consistency(Bench.Options options) {
        this.options = options;
    }

    /** Waits until no outbox holds an undelivered event and every started case is archived; answers the seconds. */
    long awaitQuiet(Set<String> started) throws Exception {
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
        System.out.println("[bench] not quiet within 600 s; checking as it stands");
        return -1;
    }

    record Check(long casesInDb, long archived, List<String> lost, long doubledRecords, long doubledOrders,
                 long doubledReviews, long doubledApplied, long undelivered, Map<String, String> numbering,
                 boolean numbersGapFree, long retriedEvents, long failedAttempts) {
        boolean holds() {
            return lost.isEmpty() && doubledRecords == 0 && doubledOrders == 0 && doubledReviews == 0
                    && doubledApplied == 0 && undelivered == 0 && numbersGapFree;
        }

        long doubled() {
            return doubledRecords + doubledOrders + doubledReviews + doubledApplied;
        }

        /** The figures, one per line, as the results files print them. */
        void describe(String which, int cases, long quiet, StringBuilder out) {
            out.append(Bench.f("%-19s%d (in request-service: %d)%n", "cases " + which + ":", cases, casesInDb));
            out.append(Bench.f("cases archived:    %d (record filed and the case ARCHIVED)%n", archived()));
            out.append(Bench.f("lost:              %d%s%n", lost().size(), lost().isEmpty() ? "" : " " + lost()));
            out.append(Bench.f("doubled:           %d (records per case > 1: %d, orders per case version > 1: %d, "
                            + "reviews per case > 1: %d, events applied more than once: %d)%n",
                    doubled(), doubledRecords(),
                    doubledOrders(), doubledReviews(), doubledApplied()));
            out.append(Bench.f("undelivered:       %d outbox events after quiescence (quiet after %d s)%n",
                    undelivered(), quiet));
            out.append("numbering:         ").append(numbersGapFree() ? "gap-free" : "GAPS").append('\n');
            numbering().forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
            out.append(Bench.f("retries seen:      %d outbox events delivered after a failed attempt (%d failed attempts "
                    + "in all)%n", retriedEvents(), failedAttempts()));
        }
    }

    Check check(Set<String> started) throws Exception {
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

}
