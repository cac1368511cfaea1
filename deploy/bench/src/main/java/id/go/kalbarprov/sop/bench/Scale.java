package id.go.kalbarprov.sop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kalbarprov.sop.bench.Services.Svc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Reads at growing scale: a fast loader writes cases straight into the services' own tables with SQL
 * (INSERT … SELECT generate_series, one schema per connection in parallel), then the inbox, search and timeline
 * endpoints are timed over HTTP. Levels grow incrementally (1k, then 99k more, then 900k more).
 *
 * Distribution: 2% of cases in progress, spread evenly over the ten steps (open tasks in every inbox), the rest
 * archived; 40 units, two per case; 200 officers per role; opened over three years (four report years, four quarters).
 * Loaded: cases, their step tasks (steps 1–4 and the reported steps 5–10) and timeline events; reviews and their level
 * tasks; archive orders, records and their tasks. Not loaded (not read by these endpoints): memos, submissions,
 * drafts, review versions, acts and seals, outbox and agenda.
 */
final class Scale {

    static final int DESKS = 200;
    static final int PROBE_CALLS = 200;

    /** A level's timings, and per probe the mean number of items its answers held (a search is compared like for like). */
    record Level(String name, long cases, double loadSeconds, Map<String, Histogram> probes, Map<String, Double> items) {
    }

    record Result(List<Level> levels, long errors) {
    }

    private final Bench.Options options;
    private final Services services;
    private final Tokens tokens;
    long errors;

    Scale(Bench.Options options, Services services, Tokens tokens) {
        this.options = options;
        this.services = services;
        this.tokens = tokens;
    }

    static long parse(String level) {
        String l = level.trim().toLowerCase();
        if (l.endsWith("k")) {
            return Long.parseLong(l.substring(0, l.length() - 1)) * 1_000L;
        }
        if (l.endsWith("m")) {
            return Long.parseLong(l.substring(0, l.length() - 1)) * 1_000_000L;
        }
        return Long.parseLong(l);
    }

    Result run(List<String> levels) throws Exception {
        List<Level> out = new ArrayList<>();
        long loaded = options.preloaded;
        for (String level : levels) {
            long target = parse(level);
            long t0 = System.nanoTime();
            if (target > loaded) {
                System.out.printf("[bench] scale: loading cases %d..%d%n", loaded + 1, target);
                load(loaded + 1, target);
                loaded = target;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("[bench] scale %s: loaded in %.1f s; timing reads%n", level, seconds);
            Map<String, Double> items = new LinkedHashMap<>();
            out.add(new Level(level, loaded, seconds, probe(loaded, items), items));
        }
        return new Result(out, errors);
    }

    private static final String UNITS = "array['" + String.join("','", Workload.UNITS) + "']";

    /** The cases g in [from, to] with their step (k: 1..10 in progress at step k, 11 archived) and times. */
    private static String cases(long from, long to) {
        return "select g, u[1 + h % 40] u1, u[1 + (h / 40 + 1 + h % 40) % 40] u2, 2023 + (h / 1600) % 4 y, "
                + "1 + (h / 6400) % 4 q, (g % " + DESKS + ") d, "
                + "case when g % 50 = 0 then 1 + (g / 50) % 10 else 11 end k, "
                + "case when g % 50 = 0 then now() - (g % 30) * interval '1 day' "
                + "else now() - interval '30 days' - ((g::bigint * 7919) % 1065) * interval '1 day' - (g % 86400) * interval '1 second' end t, "
                + "md5('case' || g)::uuid cid, md5('review' || g)::uuid rid, md5('order' || g)::uuid oid "
                + "from generate_series(" + from + ", " + to + ") g "
                // Units, report year and quarter from a hash of g: independent of each other and of the step, as in a
                // real archive. Taken from g's residues (g % 40, g % 4) they were not: each unit fell in one year, and
                // no case in progress was of 2026, so most search probes looked for what could not exist.
                + "cross join lateral (select hashint8(g::bigint) & 2147483647 h) hashed, (select " + UNITS + " u) units";
    }

    /** Loads cases from..to into the bench database (whose schemas the services have created), timing each part. */
    static void loadOnly(Bench.Options options, long from, long to) throws Exception {
        long t0 = System.nanoTime();
        new Scale(options, null, null).load(from, to);
        System.out.printf("[bench] loaded cases %d..%d in %.1f s%n", from, to, (System.nanoTime() - t0) / 1e9);
    }

    static final List<String> TABLES = List.of("request_svc.correction_case", "request_svc.task",
            "request_svc.case_event", "review_svc.review", "review_svc.review_task", "archive_svc.archive_order",
            "archive_svc.archive_record", "archive_svc.task");

    private void load(long from, long to) throws Exception {
        // A big load drops the tables' secondary (non-unique) indexes and builds them again afterwards, as bulk
        // loads do: much faster than maintaining them row by row. The definitions come from the services' schemas.
        List<String> rebuild = new ArrayList<>();
        if (to - from >= 200_000) {
            try (Connection c = connect(); Statement s = c.createStatement();
                 var r = s.executeQuery("select schemaname || '.' || indexname, indexdef from pg_indexes where "
                         + "schemaname || '.' || tablename in ('" + String.join("','", TABLES) + "') "
                         + "and indexdef not like 'CREATE UNIQUE%'")) {
                List<String> drop = new ArrayList<>();
                while (r.next()) {
                    drop.add(r.getString(1));
                    rebuild.add(r.getString(2));
                }
                for (String index : drop) {
                    try (Statement d = c.createStatement()) {
                        d.execute("drop index " + index);
                    }
                }
            }
        }
        loadRows(from, to);
        if (!rebuild.isEmpty()) {
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (String ddl : rebuild) {
                    done.add(pool.submit(() -> {
                        try (Connection c = connect(); Statement s = c.createStatement()) {
                            s.execute("set maintenance_work_mem = '256MB'");
                            s.execute(ddl);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            System.out.printf("[bench]   %d secondary indexes rebuilt in %.1f s%n", rebuild.size(),
                    (System.nanoTime() - t0) / 1e9);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("vacuum analyze " + t);
            }
        }
    }

    private void loadRows(long from, long to) throws Exception {
        long chunk = 100_000;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            done.add(pool.submit(() -> inChunks("request_svc", from, to, chunk, this::loadRequest)));
            done.add(pool.submit(() -> inChunks("review_svc", from, to, chunk, this::loadReview)));
            done.add(pool.submit(() -> inChunks("archive_svc", from, to, chunk, this::loadArchive)));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    interface Loader {
        void load(Statement s, long from, long to) throws Exception;
    }

    private Void inChunks(String name, long from, long to, long chunk, Loader loader) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            // The rows are consistent by construction: skip the per-row foreign-key triggers (superuser only).
            try {
                s.execute("set session_replication_role = replica");
            } catch (java.sql.SQLException e) {
                System.out.println("[bench] loader: foreign keys checked per row (" + e.getMessage() + ")");
            }
            for (long a = from; a <= to; a += chunk) {
                long t0 = System.nanoTime();
                loader.load(s, a, Math.min(to, a + chunk - 1));
                if (to - from > 50_000) {
                    System.out.printf("[bench]   %s %d..%d: %.1f s%n", name, a, Math.min(to, a + chunk - 1),
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        return null;
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(options.jdbcUrl(options.database), options.pgUser, options.pgPassword);
    }

    /** Step tasks of request-service: ordinal, step, kind, role. Steps 5–10 exist once reported (done). */
    private static final String REQUEST_STEPS = "(values (1,1,'DISPOSITION','karo'),(2,1,'MEMO','kabag'),"
            + "(3,2,'FORWARD','kabag'),(4,3,'ASSIGNMENT','kasubbag'),(5,4,'DRAFT','pelaksana'),"
            + "(6,5,'REVIEW_KASUBBAG','kasubbag'),(7,6,'REVIEW_KABAG','kabag'),(8,7,'REVIEW_KARO','karo'),"
            + "(9,8,'ARCHIVE_ORDER','kabag'),(10,9,'ARCHIVE_DELEGATION','kasubbag'),(11,10,'FILING','arsiparis')) "
            + "o(ord, step, kind, role)";

    private void loadRequest(Statement s, long from, long to) throws Exception {
        String c = "(select *, case when k <= 4 then k + 1 else k + 1 end cur from (" + cases(from, to) + ") x) c";
        s.execute("insert into request_svc.correction_case (id, title, year, period, reason, target_units, due_date, "
                + "instruction, urgency, letter_received_at, state, version, opened_by_upn, opened_at, assignee_upn, "
                + "assigned_at, draft_versions, updated_at) select cid, 'Koreksi data kinerja ' || u1 || ' ' || g, "
                + "y, 'Q' || q, 'Realisasi keliru', array[u1, u2], (t + interval '7 days')::date, "
                + "'Siapkan Nota Dinas', 'SEGERA', t, case when k = 1 then 'OPEN' when k = 2 then 'COLLECTING' "
                + "when k = 3 then 'FORWARDED' when k = 4 then 'DRAFTING' when k <= 7 then 'IN_REVIEW' "
                + "when k <= 10 then 'SIGNED' else 'ARCHIVED' end, k + 1, 'karo.d' || d, t, "
                + "case when k >= 4 then 'pelaksana.d' || d end, case when k >= 4 then t + interval '30 minutes' end, "
                + "case when k >= 5 then 1 else 0 end, t + k * interval '10 minutes' from " + c);
        s.execute("insert into request_svc.task (id, case_id, step, kind, actor_role, assignee_upn, actionable_at, "
                + "done_at, done_by_upn, standard_minutes, output) select md5('task' || g || '-' || o.ord)::uuid, cid, "
                + "o.step, o.kind, o.role, case when o.kind = 'DRAFT' or o.ord >= 6 then o.role || '.d' || d "
                + "when o.kind = 'DISPOSITION' then 'karo.d' || d end, t + o.ord * interval '10 minutes', "
                + "case when o.ord < cur then t + o.ord * interval '10 minutes' + interval '5 minutes' end, "
                + "case when o.ord < cur then o.role || '.d' || d end, 5, 'Output of step ' || o.step from " + c
                + " cross join " + REQUEST_STEPS + " where o.ord < cur or (o.ord = cur and o.ord <= 5)");
        s.execute("insert into request_svc.case_event (case_id, at, step, kind, actor_role, actor_upn, actor_name, "
                + "acting, detail) select cid, t + o.ord * interval '10 minutes' + interval '5 minutes', o.step, o.kind, "
                + "o.role, o.role || '.d' || d, 'Pejabat ' || o.role || ' ' || d, false, 'Step ' || o.step || ' done' from "
                + c + " cross join " + REQUEST_STEPS + " where o.ord < cur");
    }

    private void loadReview(Statement s, long from, long to) throws Exception {
        String c = "(" + cases(from, to) + ") c";
        s.execute("insert into review_svc.review (id, case_id, title, year, period, status, level, round, "
                + "current_version, lock_version, created_at, updated_at, signed_at) select rid, cid, "
                + "'Koreksi data kinerja ' || u1 || ' ' || g, y, 'Q' || q, "
                + "case when k <= 7 then 'IN_REVIEW' else 'SIGNED' end, least(k, 7), 1, 1, k, "
                + "t + interval '50 minutes', t + k * interval '10 minutes', "
                + "case when k > 7 then t + interval '80 minutes' end from " + c + " where k >= 5");
        s.execute("insert into review_svc.review_task (id, review_id, round, level, actor_role, actionable_at, done_at, "
                + "done_by_upn, outcome, standard_minutes) select md5('rtask' || g || '-' || l.level)::uuid, rid, 1, "
                + "l.level, l.role, t + l.level * interval '10 minutes', "
                + "case when l.level < k then t + l.level * interval '10 minutes' + interval '5 minutes' end, "
                + "case when l.level < k then l.role || '.d' || d end, case when l.level < k then 'APPROVE' end, 20 "
                + "from " + c + " cross join (values (5,'kasubbag'),(6,'kabag'),(7,'karo')) l(level, role) "
                + "where k >= 5 and l.level <= k");
    }

    private void loadArchive(Statement s, long from, long to) throws Exception {
        String c = "(" + cases(from, to) + ") c";
        s.execute("insert into archive_svc.archive_order (id, event_id, case_id, review_id, correction_version, "
                + "draft_version, title, year, period, content, content_hash, seals, signed_at, received_at, "
                + "received_from, state, version, ordered_by_upn, ordered_at, delegated_by_upn, delegated_at, "
                + "archivist_upn, record_id, filed_at, amendments) select oid, md5('event' || g)::uuid, cid, rid, 1, 1, "
                + "'Koreksi data kinerja ' || u1 || ' ' || g, y, 'Q' || q, "
                + "'{\"case\":\"' || cid || '\"}', md5('content' || g) || md5('c' || g), '[]'::jsonb, "
                + "t + interval '80 minutes', t + interval '81 minutes', 'review-service', "
                + "case when k = 8 then 'RECEIVED' when k = 9 then 'ORDERED' when k = 10 then 'DELEGATED' else 'FILED' end, "
                + "k - 7, case when k >= 9 then 'kabag.d' || d end, case when k >= 9 then t + interval '90 minutes' end, "
                + "case when k >= 10 then 'kasubbag.d' || d end, case when k >= 10 then t + interval '100 minutes' end, "
                + "case when k >= 10 then 'arsip.d' || d end, case when k = 11 then md5('record' || g)::uuid end, "
                + "case when k = 11 then t + interval '110 minutes' end, '[]'::jsonb from " + c + " where k >= 8");
        s.execute("insert into archive_svc.archive_record (id, sequence, order_id, case_id, correction_version, title, "
                + "year, period, classification_code, file_number, item_number, processing_unit, description, "
                + "covered_from, covered_to, closing_year, quantity, medium, authenticity, access_class, "
                + "location_folder, location_box, location_shelf, active_years, inactive_years, final_disposition, "
                + "inactive_from, disposition_due, content, content_hash, previous_hash, record_hash, filed_at, "
                + "filed_by_upn, filed_acting) select md5('record' || g)::uuid, 1000000000 + g, oid, cid, 1, "
                + "'Koreksi data kinerja ' || u1 || ' ' || g, y, 'Q' || q, '000.8.6.3', "
                + "'KIN-' || y, g, 'Bagian Tata Laksana', 'Koreksi data kinerja ' || u1 || ' dan ' || u2, "
                + "make_date(y, 1, 1), make_date(y, 12, 31), y, 1, "
                + "'ELECTRONIC', 'ORIGINAL', 'RESTRICTED', 'F' || (g % 100), 'B' || (g % 20), 'R' || (g % 10), 2, 3, "
                + "'DESTROY', make_date(y + 3, 1, 1), make_date(y + 6, 1, 1), "
                + "'{\"case\":\"' || cid || '\"}', md5('content' || g) || md5('c' || g), md5('p' || g) || md5('q' || g), "
                + "md5('r' || g) || md5('s' || g), t + interval '110 minutes', 'arsip.d' || d, false from " + c
                + " where k = 11");
        s.execute("insert into archive_svc.task (id, order_id, case_id, step, kind, actor_role, assignee_upn, "
                + "actionable_at, done_at, done_by_upn, standard_minutes, output) select "
                + "md5('atask' || g || '-' || a.step)::uuid, oid, cid, a.step, a.kind, a.role, "
                + "case when a.step = 10 then 'arsip.d' || d end, t + a.step * interval '10 minutes', "
                + "case when a.step < k then t + a.step * interval '10 minutes' + interval '5 minutes' end, "
                + "case when a.step < k then a.role || '.d' || d end, 5, 'Performance data correction' from " + c
                + " cross join (values (8,'ORDER','kabag'),(9,'DELEGATION','kasubbag'),(10,'FILING','arsiparis')) "
                + "a(step, kind, role) where k >= 8 and a.step <= k");
    }

    /** Times each read endpoint, sequentially, on an otherwise idle system. */
    private Map<String, Histogram> probe(long loaded, Map<String, Double> items) {
        Metrics m = new Metrics();
        Api api = new Api(() -> m);
        String auditor = tokens.of("auditor", "auditor.bench", null, null);
        // A desk with cases in progress: the loader puts them on g % 50 == 0, so desks 0, 50, 100 and 150 (desk 7's
        // assigned inboxes were empty at every level and measured an empty answer).
        int desk = 50;
        String kabag = tokens.of("kabag", "kabag.d" + desk, Workload.nip(1970, 2, desk), null);
        String pelaksana = tokens.of("pelaksana", "pelaksana.d" + desk, Workload.nip(1990, 4, desk), null);
        String arsiparis = tokens.of("arsiparis", "arsip.d" + desk, Workload.nip(1988, 5, desk), null);
        String req = services.url(Svc.REQUEST) + "/api/v1";
        String rev = services.url(Svc.REVIEW) + "/api/v1";
        String arc = services.url(Svc.ARCHIVE) + "/api/v1";
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        Map<String, Supplier<Api.Answer>> probes = new LinkedHashMap<>();
        probes.put("request inbox (kabag, by role)", () -> api.get("request inbox (kabag, by role)", req + "/tasks", kabag));
        probes.put("request inbox (pelaksana, assigned)", () -> api.get("request inbox (pelaksana, assigned)",
                req + "/tasks", pelaksana));
        probes.put("review inbox (kabag)", () -> api.get("review inbox (kabag)", rev + "/reviews", kabag));
        probes.put("archive inbox (arsiparis)", () -> api.get("archive inbox (arsiparis)", arc + "/archive-orders",
                arsiparis));
        // The searches twice: a full first page at every level (like for like: the same number of items to read and
        // send, the total counted up to its cap), and the selective filter of earlier runs, which finds a handful of
        // items at 1k and a full page at 1M (so its ratio also measures the bigger answer, not only the scale).
        probes.put("case search (unit, state; full page)", () -> api.get("case search (unit, state; full page)",
                req + "/cases?unit=" + Workload.UNITS.get(rnd.nextInt(40)) + "&state=ARCHIVED", auditor));
        probes.put("case search (unit, year, state; sparse)", () -> api.get("case search (unit, year, state; sparse)",
                req + "/cases?unit=" + Workload.UNITS.get(rnd.nextInt(40)) + "&year=2026&state=IN_REVIEW", auditor));
        // A unit with no cases (a new one, or one never asked to correct): nothing to find at any level, which the
        // ordered index walked past every archived case to learn (7-9 s at 1M; CappedCount.orderFor).
        probes.put("case search (unit without cases, state)", () -> api.get("case search (unit without cases, state)",
                req + "/cases?unit=TANPA-KASUS&state=ARCHIVED", auditor));
        probes.put("case list (newest first)", () -> api.get("case list (newest first)", req + "/cases", auditor));
        probes.put("record search (text; full page)", () -> api.get("record search (text; full page)", arc
                + "/records?q=" + Workload.UNITS.get(rnd.nextInt(40)).toLowerCase(), auditor));
        probes.put("record search (text, year; sparse)", () -> api.get("record search (text, year; sparse)", arc
                + "/records?q=" + Workload.UNITS.get(rnd.nextInt(40)).toLowerCase() + "&year=2025", auditor));
        probes.put("record search (unit without records)", () -> api.get("record search (unit without records)", arc
                + "/records?unit=Bagian%20Tanpa%20Arsip", auditor));
        probes.put("timeline (random case)", () -> api.get("timeline (random case)", req + "/cases/"
                + caseId(1 + rnd.nextLong(loaded)) + "/timeline", auditor));
        for (Map.Entry<String, Supplier<Api.Answer>> p : probes.entrySet()) {
            int calls = PROBE_CALLS;
            long itemCount = 0;
            int answered = 0;
            for (int i = 0; i < 20 + calls; i++) {
                if (i == 20) {
                    m.ops.remove(p.getKey());
                }
                try {
                    Api.Answer answer = p.getValue().get();
                    if (i >= 20) {
                        itemCount += itemsOf(answer.body());
                        answered++;
                    }
                } catch (Api.Failed e) {
                    // counted
                }
            }
            items.put(p.getKey(), answered == 0 ? Double.NaN : (double) itemCount / answered);
        }
        errors += m.errorCount();
        Map<String, Histogram> ordered = new LinkedHashMap<>();
        probes.keySet().forEach(k -> ordered.put(k, m.ops.get(k)));
        return ordered;
    }

    /** The items of a page ({@code items}), of an array, or else of the answer's lists (a timeline's steps and events). */
    static int itemsOf(JsonNode body) {
        if (body == null) {
            return 0;
        }
        if (body.isArray() || body.has("items")) {
            return body.isArray() ? body.size() : body.get("items").size();
        }
        int items = 0;
        for (JsonNode field : body) {
            items += field.isArray() ? field.size() : 0;
        }
        return items;
    }

    /** The id the loader gave case g: md5('case' || g)::uuid. */
    static String caseId(long g) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(("case" + g).getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
