package id.go.kalbarprov.sop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kalbarprov.sop.bench.Services.Svc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * N officers' sessions, each driving complete cases through all ten steps over HTTP with its own officers' tokens
 * (karo, kabag, kasubbag, pelaksana, arsiparis of one bureau desk), waiting for the handoffs between services the way
 * a front-end would (the officers' live notification streams; polling with {@code --wait-mode poll}), and R read
 * sessions (inboxes, searches, timelines) alongside at a fixed pace.
 */
final class Workload {

    /** The units a case is addressed to: many agencies, two per case. */
    static final List<String> UNITS = units();

    private final Api api;
    private final Tokens tokens;
    private final Services services;
    private final Bench.Options options;
    private volatile Metrics metrics = new Metrics();
    private volatile boolean stopping;
    /** Case starts per second when paced (0: as fast as the sessions go). */
    private volatile double pace;
    private final AtomicLong nextStart = new AtomicLong();
    /** Cases begun before the sessions were first paced (the peak) and not finished yet. */
    private final AtomicInteger unpacedInFlight = new AtomicInteger();
    /** Set by the first {@link #pace}, whatever its rate (a rate of 0, a peak that completed nothing, stays unpaced). */
    private volatile boolean pacedOnce;
    private final AtomicInteger items = new AtomicInteger();
    /** This run's file in the archive: a run on a kept database (--keep-db) files its items in a file of its own. */
    private final String fileNumber = "KIN-BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final AtomicReferenceArray<String> recentCases = new AtomicReferenceArray<>(1024);
    private final AtomicInteger recentIndex = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Set<String> filed = ConcurrentHashMap.newKeySet();

    Workload(Services services, Tokens tokens, Bench.Options options) {
        this.services = services;
        this.tokens = tokens;
        this.options = options;
        this.api = new Api(() -> metrics, options.faults
                ? java.time.Duration.ofSeconds(options.waitTimeoutSeconds) : java.time.Duration.ZERO);
    }

    /** The ids of every case a session opened (POST /cases answered 201), for the fault run's checks. */
    Set<String> startedCases() {
        return Set.copyOf(started);
    }

    /** Cases whose filing (step 10) answered 201. */
    Set<String> filedCases() {
        return Set.copyOf(filed);
    }

    void measureInto(Metrics next) {
        metrics = next;
    }

    Metrics current() {
        return metrics;
    }

    Supplier<Metrics> metricsSupplier() {
        return () -> metrics;
    }

    /**
     * Waits until every case begun before the sessions were paced has finished, at most {@code timeoutMillis}: the
     * peak's cases and the handoffs they queued are its backlog, not half load's work.
     */
    void awaitUnpacedCases(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!unpacedCasesDone() && System.currentTimeMillis() < deadline) {
            sleep(50);
        }
    }

    boolean unpacedCasesDone() {
        return unpacedInFlight.get() == 0;
    }

    void pace(double casesPerSecond) {
        nextStart.set(System.nanoTime());
        pace = casesPerSecond;
        pacedOnce = true;
    }

    /**
     * The reference data the sessions need, registered by the admin as in production: the bench's units the province's
     * seeded list does not hold (the UPTs), and each session's pelaksana and arsiparis (assignment and delegation are
     * checked against the register of officers). Idempotent: what is there already is left as it is.
     */
    void registerReferenceData() {
        String admin = tokens.of("admin", "admin.bench", "198801012012031008", null);
        for (String unit : UNITS) {
            if (api.statusOf(req("/units/" + unit), admin) == 404) {
                api.put("0 register unit", req("/units/" + unit), admin, Map.of("name", "Unit " + unit,
                        "headPost", "Kepala " + unit, "active", true), null, 201);
            }
        }
        for (int i = 0; i < options.sessions; i++) {
            registerOfficer(admin, "pelaksana.b" + i, nip(1990, 4, i), "pelaksana");
            registerOfficer(admin, "arsip.b" + i, nip(1988, 5, i), "arsiparis");
        }
        agreements(admin);
    }

    private void registerOfficer(String admin, String upn, String nip, String role) {
        if (api.statusOf(req("/officers/" + upn), admin) == 404) {
            api.put("0 register officer", req("/officers/" + upn), admin, Map.of("nip", nip, "name", "Officer " + upn,
                    "post", role, "role", role, "activeFrom", "2020-01-01"), null, 201);
        }
    }

    /**
     * The reference data the cases need, stated by the admin before the load starts: each unit's 2026 performance
     * agreement, from which its rows take indicator and target (the same PUT again changes nothing).
     */
    private void agreements(String admin) {
        for (String unit : UNITS) {
            api.call("0 agreement", "PUT", req("/agreements/" + unit + "/2026"), admin, Map.of(
                    "reason", "Perjanjian Kinerja 2026 (bench)", "indicators", List.of(Map.of(
                            "indicatorCode", "IKU-" + unit, "indicatorName", "Indikator " + unit,
                            "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER", "target", "100"))),
                    null, Api.ANY_SUCCESS);
        }
    }

    void start() {
        registerReferenceData();
        for (int i = 0; i < options.sessions; i++) {
            Officers officers = new Officers(i);
            threads.add(started("session-" + i, () -> {
                officers.openStreams();
                while (!stopping) {
                    waitForSlot();
                    if (stopping) {
                        break;
                    }
                    boolean unpaced = !pacedOnce;
                    if (unpaced) {
                        unpacedInFlight.incrementAndGet();
                    }
                    try {
                        runCase(officers);
                    } catch (Api.Failed e) {
                        sleep(200);
                    } finally {
                        if (unpaced) {
                            unpacedInFlight.decrementAndGet();
                        }
                    }
                }
                if (officers.arrivals != null) {
                    officers.arrivals.close();
                }
            }));
        }
        for (int i = 0; i < options.readSessions; i++) {
            int reader = i;
            threads.add(started("reader-" + i, () -> {
                while (!stopping) {
                    try {
                        readOnce(reader);
                    } catch (Api.Failed e) {
                        // counted
                    }
                    sleep(options.readIntervalMs);
                }
            }));
        }
    }

    private static Thread started(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Lets every session finish the case it is on (up to the wait timeout), then interrupts what is left: those cases
     * are abandoned, counted apart, and the interrupted calls are not errors of the system.
     */
    int stop() throws InterruptedException {
        stopping = true;
        long deadline = System.currentTimeMillis() + options.waitTimeoutSeconds * 1000;
        for (Thread t : threads) {
            t.join(Math.max(1, deadline - System.currentTimeMillis()));
        }
        int abandoned = (int) threads.stream().filter(Thread::isAlive).count();
        metrics = new Metrics();
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Thread t : threads) {
            t.join(5000);
        }
        return abandoned;
    }

    private void waitForSlot() {
        double rate = pace;
        if (rate <= 0) {
            return;
        }
        long interval = (long) (1e9 / rate);
        long now = System.nanoTime();
        long slot = nextStart.getAndAdd(interval);
        if (slot < now - 1_000_000_000L) {
            nextStart.set(now + interval);
            slot = now;
        }
        long wait = slot - now;
        if (wait > 0) {
            sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** The officers of one session: one bureau desk, distinct people at every level. */
    final class Officers {
        final String karo;
        final String kabag;
        final String kasubbag;
        final String pelaksana;
        final String pelaksanaUpn;
        final String arsiparis;
        final String arsiparisUpn;
        /** Under --wait-mode stream: the live streams of those who wait for a handoff; null when polling. */
        Arrivals arrivals;

        Officers(int i) {
            karo = tokens.of("karo", "karo.b" + i, nip(1966, 1, i), null);
            kabag = tokens.of("kabag", "kabag.b" + i, nip(1970, 2, i), null);
            kasubbag = tokens.of("kasubbag", "kasubbag.b" + i, nip(1975, 3, i), null);
            pelaksanaUpn = "pelaksana.b" + i;
            pelaksana = tokens.of("pelaksana", pelaksanaUpn, nip(1990, 4, i), null);
            arsiparisUpn = "arsip.b" + i;
            arsiparis = tokens.of("arsiparis", arsiparisUpn, nip(1988, 5, i), null);
        }

        /**
         * As a front-end keeps them open: the Kasubbag's stream on review-service (the draft arrives for review), the
         * pelaksana's on request-service (a returned draft), the Kabag's on archive-service (the order to archive).
         */
        void openStreams() {
            if (!"stream".equals(options.waitMode)) {
                return;
            }
            Arrivals a = new Arrivals().open("review", services.url(Svc.REVIEW), kasubbag)
                    .open("request", services.url(Svc.REQUEST), pelaksana)
                    .open("archive", services.url(Svc.ARCHIVE), kabag);
            try {
                if (a.ready(60)) {
                    arrivals = a;
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("[bench] a notification stream did not open: this session polls");
            a.close();
        }
    }

    static String nip(int birthYear, int month, int seq) {
        return String.format("%04d%02d01%04d%02d1%03d", birthYear, month, birthYear + 25, month, seq % 1000);
    }

    private String auditor() {
        return tokens.of("auditor", "auditor.bench", null, null);
    }

    private String unitToken(String unit) {
        return tokens.of("unit", "unit." + unit.toLowerCase(), null, unit);
    }

    private String req(String path) {
        return services.url(Svc.REQUEST) + "/api/v1" + path;
    }

    private String rev(String path) {
        return services.url(Svc.REVIEW) + "/api/v1" + path;
    }

    private String arc(String path) {
        return services.url(Svc.ARCHIVE) + "/api/v1" + path;
    }

    /** One case through all ten steps; steps are counted as they complete, the case when it is filed. */
    void runCase(Officers o) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        long caseStart = System.nanoTime();
        String u1 = UNITS.get(rnd.nextInt(UNITS.size()));
        String u2;
        do {
            u2 = UNITS.get(rnd.nextInt(UNITS.size()));
        } while (u2.equals(u1));
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("title", "Koreksi data kinerja " + u1 + " " + u2);
        open.put("year", 2026);
        open.put("period", "Q" + (1 + rnd.nextInt(4)));
        open.put("reason", "Realisasi keliru");
        open.put("targetUnits", List.of(u1, u2));
        open.put("dueDate", LocalDate.now().plusDays(7).toString());
        open.put("instruction", "Siapkan Nota Dinas");
        open.put("urgency", "SEGERA");
        String id = api.post("1 open case", req("/cases"), o.karo, open, 201).body().get("id").asText();
        started.add(id);
        if (o.arrivals != null) {
            o.arrivals.watch(id);
        }
        step();
        api.post("2 issue memo", req("/cases/" + id + "/memo"), o.kabag,
                Map.of("subject", "Permintaan data", "body", "Mohon data koreksi.", "nature", "SEGERA"), 201);
        for (String unit : List.of(u1, u2)) {
            api.post("2 unit submission", req("/cases/" + id + "/submissions"), unitToken(unit), Map.of("rows",
                    List.of(Map.of("indicatorCode", "IKU-" + unit, "actualReported", "80", "actualCorrected", "90,5",
                            "reason", "Salah input"))), 201);
        }
        api.post("2 forward", req("/cases/" + id + "/forward"), o.kabag, Map.of(), 200);
        step();
        api.post("3 assign", req("/cases/" + id + "/assignment"), o.kasubbag, Map.of("upn", o.pelaksanaUpn), 200);
        step();
        JsonNode analysis = api.get("4 analysis", req("/cases/" + id + "/analysis"), o.pelaksana).body();
        List<String> rowIds = new ArrayList<>();
        analysis.get("rows").forEach(r -> rowIds.add(r.get("rowId").asText()));
        api.put("4 compose draft", req("/cases/" + id + "/draft"), o.pelaksana,
                Map.of("rowIds", rowIds, "notes", "Catatan", "conclusion", "Kesimpulan"), null, 200);
        api.post("4 submit draft", req("/cases/" + id + "/draft/submit"), o.pelaksana, null, 201);
        step();
        remember(id);

        JsonNode review = awaitReview(o, id, 0, "wait review arrival");
        String reviewId = review.get("id").asText();
        int version = review.get("currentVersion").asInt();
        if (rnd.nextDouble() < options.returnShare) {
            if (o.arrivals != null) {
                o.arrivals.discard("request"); // the draft task of step 3; the returned draft's comes next
            }
            api.post("5 return", rev("/reviews/" + reviewId + "/decisions"), o.kasubbag,
                    Map.of("decision", "RETURN", "version", version, "reason", "Revisi oleh pelaksana"), 201);
            step();
            metrics.returns.increment();
            awaitCaseState(o, id, "REVISION");
            Api.Answer draft = api.get("4r get draft", req("/cases/" + id + "/draft"), o.pelaksana);
            api.put("4r revise draft", req("/cases/" + id + "/draft"), o.pelaksana,
                    Map.of("rowIds", rowIds, "notes", "Direvisi", "conclusion", "Kesimpulan"), draft.etag(), 200);
            api.post("4r resubmit draft", req("/cases/" + id + "/draft/submit"), o.pelaksana, null, 201);
            step();
            version = awaitReview(o, id, version, "wait review resubmission").get("currentVersion").asInt();
        }
        String decisions = rev("/reviews/" + reviewId + "/decisions");
        api.post("5 paraf kasubbag", decisions, o.kasubbag, Map.of("decision", "APPROVE", "version", version), 201);
        step();
        api.post("6 paraf kabag", decisions, o.kabag, Map.of("decision", "APPROVE", "version", version), 201);
        step();
        api.post("7 sign karo", decisions, o.karo, Map.of("decision", "APPROVE", "version", version), 201);
        step();

        String orderId = awaitOrder(o, id);
        api.post("8 order archiving", arc("/archive-orders/" + orderId + "/order"), o.kabag,
                Map.of("note", "Arsipkan"), 200);
        step();
        api.post("9 delegate filing", arc("/archive-orders/" + orderId + "/delegation"), o.kasubbag,
                Map.of("upn", o.arsiparisUpn), 200);
        step();
        Map<String, Object> filing = new LinkedHashMap<>();
        filing.put("classificationCode", "000.8.6.3");
        filing.put("fileNumber", fileNumber);
        filing.put("itemNumber", items.incrementAndGet());
        filing.put("processingUnit", "Bagian Tata Laksana");
        filing.put("description", "Koreksi data kinerja " + u1 + " dan " + u2);
        filing.put("periodCovered", Map.of("from", "2026-04-01", "to", "2026-06-30"));
        filing.put("quantity", 1);
        filing.put("medium", "ELECTRONIC");
        filing.put("authenticity", "ORIGINAL");
        filing.put("accessClass", "RESTRICTED");
        filing.put("location", Map.of("folder", "F1", "box", "B1", "shelf", "R1"));
        api.post("10 file record", arc("/archive-orders/" + orderId + "/filing"), o.arsiparis, filing, 201);
        filed.add(id);
        step();
        Metrics m = metrics;
        m.cases.increment();
        m.record("case: all ten steps (wall)", (System.nanoTime() - caseStart) / 1000);
    }

    private void step() {
        metrics.steps.increment();
    }

    private void remember(String caseId) {
        recentCases.set(Math.floorMod(recentIndex.getAndIncrement(), recentCases.length()), caseId);
    }

    /** The review of the case once it has arrived in review-service in review with a version above {@code above}. */
    private JsonNode awaitReview(Officers o, String caseId, int above, String waitName) {
        long start = System.nanoTime();
        return await(o, "review", "REVIEW_KASUBBAG", waitName, start, () -> {
            JsonNode items = api.get("poll review", rev("/reviews?scope=ALL&caseId=" + caseId), auditor()).body()
                    .get("items");
            if (items.isEmpty()) {
                return null;
            }
            JsonNode r = items.get(0);
            return "IN_REVIEW".equals(r.get("status").asText()) && r.get("currentVersion").asInt() > above ? r : null;
        });
    }

    private void awaitCaseState(Officers o, String caseId, String state) {
        await(o, "request", "DRAFT", "wait return arrival", System.nanoTime(), () -> state.equals(api.get("poll case",
                req("/cases/" + caseId), auditor()).body().get("state").asText()) ? Boolean.TRUE : null);
    }

    private String awaitOrder(Officers o, String caseId) {
        return await(o, "archive", "ORDER", "wait archive arrival", System.nanoTime(), () -> {
            JsonNode items = api.get("poll archive order", arc("/archive-orders?caseId=" + caseId), auditor()).body()
                    .get("items");
            return items.isEmpty() ? null : items.get(0).get("id").asText();
        });
    }

    /**
     * Under --wait-mode stream: the task's notification on the officer's stream, then one read of what arrived. A
     * stream that closed, or a read that does not show it yet, falls back to polling (counted as such).
     */
    private <T> T await(Officers o, String stream, String task, String what, long start, Supplier<T> probe) {
        long deadline = start + options.waitTimeoutSeconds * 1_000_000_000L;
        if (o.arrivals != null) {
            try {
                if (o.arrivals.await(stream, task, deadline) != null) {
                    T value = probe.get();
                    if (value != null) {
                        metrics.record(what, (System.nanoTime() - start) / 1000);
                        return value;
                    }
                }
                metrics.clientError(what + " (stream missed it: polled)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Api.Failed("interrupted: " + what);
            }
        }
        return await(what, start, probe);
    }

    private <T> T await(String what, long start, Supplier<T> probe) {
        long deadline = start + options.waitTimeoutSeconds * 1_000_000_000L;
        // Polls back off (pollMs, doubling up to 1 s) as a front-end would: a slow handoff must not turn the load
        // generator's own polling into the main load on the system under test.
        long pause = options.pollMs;
        sleep(pause);
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                metrics.record(what, (System.nanoTime() - start) / 1000);
                return value;
            }
            pause = Math.min(Math.max(pause, 1) * 2, Math.max(options.pollMs, 1000));
            sleep(pause);
        }
        metrics.error(what);
        throw new Api.Failed("timed out: " + what);
    }

    static final List<String> READS = List.of("read request inbox (kabag)", "read request inbox (pelaksana)",
            "read review inbox (kabag)", "read archive inbox (arsiparis)", "read case search", "read record search",
            "read timeline");

    /** One read of an officer or auditor: inboxes, searches, a timeline. */
    private void readOnce(int reader) {
        get(READS.get(ThreadLocalRandom.current().nextInt(READS.size())));
    }

    /** One GET of the kind named (a read of the mix or a handoff poll), for a random desk and a recent case. */
    void get(String op) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int desk = rnd.nextInt(Math.max(1, options.sessions));
        String id = recentCases.get(rnd.nextInt(Math.max(1, Math.min(recentIndex.get(), recentCases.length()))));
        String unit = UNITS.get(rnd.nextInt(UNITS.size()));
        switch (op) {
            case "read request inbox (kabag)" -> api.get(op, req("/tasks"),
                    tokens.of("kabag", "kabag.b" + desk, nip(1970, 2, desk), null));
            case "read request inbox (pelaksana)" -> api.get(op, req("/tasks"),
                    tokens.of("pelaksana", "pelaksana.b" + desk, nip(1990, 4, desk), null));
            case "read review inbox (kabag)" -> api.get(op, rev("/reviews"),
                    tokens.of("kabag", "kabag.b" + desk, nip(1970, 2, desk), null));
            case "read archive inbox (arsiparis)" -> api.get(op, arc("/archive-orders"),
                    tokens.of("arsiparis", "arsip.b" + desk, nip(1988, 5, desk), null));
            case "read case search" -> api.get(op, req("/cases?unit=" + unit + "&year=2026"), auditor());
            case "read record search" -> api.get(op, arc("/records?q=" + unit.toLowerCase()), auditor());
            case "read timeline" -> {
                if (id != null) {
                    api.get(op, req("/cases/" + id + "/timeline"), auditor());
                }
            }
            case "poll review" -> {
                if (id != null) {
                    api.get(op, rev("/reviews?scope=ALL&caseId=" + id), auditor());
                }
            }
            case "poll case" -> {
                if (id != null) {
                    api.get(op, req("/cases/" + id), auditor());
                }
            }
            case "poll archive order" -> {
                if (id != null) {
                    api.get(op, arc("/archive-orders?caseId=" + id), auditor());
                }
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    private static List<String> units() {
        List<String> units = new ArrayList<>(List.of("DINKES", "DISDIK", "BAPPEDA", "DISHUB", "DINSOS", "DPMPTSP",
                "DISPERINDAG", "DLHK", "DKP", "DISNAKERTRANS", "BPKAD", "BKD", "INSPEKTORAT", "DISKOMINFO",
                "DISPORA", "DISBUD", "DPUPR", "DPRKP", "DISTANAK", "DISBUN"));
        for (int i = 1; i <= 20; i++) {
            units.add(String.format("UPT%02d", i));
        }
        return List.copyOf(units);
    }

    static void sleep(long millis) {
        sleep(millis, 0);
    }

    static void sleep(long millis, int nanos) {
        try {
            Thread.sleep(millis, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
