package id.go.kalbarprov.sop.system.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.system.DevTokens;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same thing fired at once from several clients: exactly one effect each time. */
class RaceTest {

    static AttackWorld world;
    static ExecutorService pool;

    @BeforeAll
    static void start() {
        world = AttackWorld.get();
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** Runs {@code n} copies released together; returns every answer, each checked for safety. */
    private static List<Http.Answer> atOnce(int n, Supplier<Http.Answer> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Answer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return request.get();
            }));
        }
        ready.await();
        go.countDown();
        List<Http.Answer> answers = new ArrayList<>();
        for (Future<Http.Answer> f : futures) {
            Http.Answer answer = f.get();
            assertNull(answer.problems(), answer::toString);
            answers.add(answer);
        }
        AttackSummary.RACES.incrementAndGet();
        return answers;
    }

    private static long successes(List<Http.Answer> answers) {
        return answers.stream().filter(a -> a.status() >= 200 && a.status() < 300).count();
    }

    private static long count(String sql, Object... params) throws Exception {
        try (Connection c = world.system.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Map<String, Object> openCase(String title) {
        return Map.of("title", title, "year", 2026, "period", "Q3", "reason", "Balapan",
                "targetUnits", List.of("DINKES"), "dueDate", LocalDate.now().plusDays(5).toString(),
                "instruction", "Segera", "urgency", "BIASA");
    }

    private static String opened(String title) {
        Http.Answer created = Http.call("POST", world.url(Svc.REQUEST, "/api/v1/cases")).token(DevTokens.karo())
                .json(openCase(title)).send();
        assertEquals(201, created.status(), created.toString());
        return created.json().path("id").asText();
    }

    private static Http.Answer memo(String caseId) {
        return Http.call("POST", world.url(Svc.REQUEST, "/api/v1/cases/" + caseId + "/memo")).token(DevTokens.kabag())
                .json(Map.of("subject", "Permintaan data", "body", "Mohon data.", "nature", "SEGERA")).send();
    }

    @Test
    void theSameTransitionTwiceAtOnceHappensOnce() throws Exception {
        String caseId = opened("Dua forward bersamaan");
        assertEquals(201, memo(caseId).status());
        Http.Answer submitted = Http.call("POST", world.url(Svc.REQUEST, "/api/v1/cases/" + caseId + "/submissions"))
                .token(DevTokens.unit("DINKES")).json(Map.of("rows", List.of(Map.of("indicatorCode", "IKU-R",
                        "indicatorName", "Balapan", "year", 2026, "period", "Q3", "unitOfMeasure", "%",
                        "direction", "HIGHER_IS_BETTER", "target", "100", "actualReported", "80",
                        "actualCorrected", "81", "reason", "r")))).send();
        assertEquals(201, submitted.status(), submitted.toString());

        List<Http.Answer> forwards = atOnce(4, () -> Http.call("POST",
                world.url(Svc.REQUEST, "/api/v1/cases/" + caseId + "/forward")).token(DevTokens.kabag()).json("{}").send());
        assertEquals(1, successes(forwards), forwards.toString());
        forwards.stream().filter(a -> a.status() >= 300).forEach(a -> assertEquals(409, a.status(), a.toString()));
        assertEquals(1, count("select count(*) from request_svc.task where case_id = ? and step = 3",
                UUID.fromString(caseId)), "one step-3 task after one forward");

        // (the assignment is no one-shot step: the Kasubbag may reassign while the case is being drafted)
        Http.Answer assigned = Http.call("POST", world.url(Svc.REQUEST, "/api/v1/cases/" + caseId + "/assignment"))
                .token(DevTokens.kasubbag()).json(Map.of("upn", "pelaksana.sys")).send();
        assertEquals(200, assigned.status(), assigned.toString());
        List<String> rowIds = Http.call("GET", world.url(Svc.REQUEST, "/api/v1/cases/" + caseId + "/analysis"))
                .token(DevTokens.pelaksana()).send().json().path("rows").findValuesAsText("rowId");
        Http.Answer drafted = Http.call("PUT", world.url(Svc.REQUEST, "/api/v1/cases/" + caseId + "/draft"))
                .token(DevTokens.pelaksana()).json(Map.of("rowIds", rowIds, "notes", "n", "conclusion", "c")).send();
        assertEquals(200, drafted.status(), drafted.toString());

        List<Http.Answer> submissions = atOnce(4, () -> Http.call("POST",
                world.url(Svc.REQUEST, "/api/v1/cases/" + caseId + "/draft/submit")).token(DevTokens.pelaksana()).send());
        assertEquals(1, successes(submissions), submissions.toString());
        assertEquals(1, count("select count(*) from request_svc.draft_version where case_id = ?",
                UUID.fromString(caseId)), "one frozen version after one submission");
    }

    @Test
    void twoApprovalsOfOneLevelAtOnceMakeOneAct() throws Exception {
        String caseId = world.officers.caseSubmittedForReview("Dua paraf bersamaan");
        String reviewId = world.officers.reviewId(caseId);
        int version = world.officers.currentVersion(reviewId);
        List<Http.Answer> approvals = atOnce(4, () -> Http.call("POST",
                world.url(Svc.REVIEW, "/api/v1/reviews/" + reviewId + "/decisions")).token(DevTokens.kasubbag())
                .json(Map.of("decision", "APPROVE", "version", version)).send());
        assertEquals(1, successes(approvals), approvals.toString());
        assertEquals(1, count("select count(*) from review_svc.review_act where review_id = ? and level = 5",
                UUID.fromString(reviewId)));
        assertEquals(1, count("select count(*) from review_svc.review_seal where review_id = ? and level = 5",
                UUID.fromString(reviewId)));
    }

    @Test
    void theSameIdempotencyKeyInParallelCreatesOneCase() throws Exception {
        String title = "Kunci sama " + UUID.randomUUID();
        String key = "race-" + UUID.randomUUID();
        List<Http.Answer> answers = atOnce(6, () -> Http.call("POST", world.url(Svc.REQUEST, "/api/v1/cases"))
                .token(DevTokens.karo()).header("Idempotency-Key", key).json(openCase(title)).send());
        assertEquals(1, count("select count(*) from request_svc.correction_case where title = ?", title));
        Set<String> ids = new TreeSet<>();
        long firsts = 0;
        for (Http.Answer answer : answers) {
            if (answer.status() == 201) {
                ids.add(answer.json().path("id").asText());
                firsts += "true".equals(answer.header("Idempotent-Replayed")) ? 0 : 1;
            } else {
                assertEquals(409, answer.status(), "a parallel duplicate waits or is told it is in progress: " + answer);
            }
        }
        assertEquals(1, firsts, answers.toString());
        assertEquals(1, ids.size(), "replays answer with the one case: " + ids);
    }

    @Test
    void memoNumbersTakenAtOnceAreDistinctAndGapFree() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(opened("Nomor memo " + i));
        }
        List<String> queue = new java.util.concurrent.CopyOnWriteArrayList<>(cases);
        List<Http.Answer> memos = atOnce(cases.size(), () -> memo(queue.remove(0)));
        TreeSet<Integer> sequence = new TreeSet<>();
        for (Http.Answer memo : memos) {
            assertEquals(201, memo.status(), memo.toString());
            String[] parts = memo.json().path("number").asText().split("/");
            sequence.add(Integer.parseInt(parts[1]));
        }
        assertEquals(cases.size(), sequence.size(), "distinct numbers: " + sequence);
        assertGapFree("request_svc.memo", "sequence");
    }

    @Test
    void agendaNumbersTakenAtOnceAreDistinctAndGapFreeAndARepeatIsOneEntry() throws Exception {
        String service = DevTokens.service("request-service");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Integer> refs = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        List<Http.Answer> entries = atOnce(8, () -> Http.call("POST", world.url(Svc.ARCHIVE, "/api/v1/agenda"))
                .token(service).json(agenda("race/" + batch + "/" + refs.remove(0))).send());
        TreeSet<Integer> numbers = new TreeSet<>();
        entries.forEach(e -> {
            assertEquals(201, e.status(), e.toString());
            numbers.add(e.json().path("number").asInt());
        });
        assertEquals(8, numbers.size(), "distinct: " + numbers);
        // the relays register other documents meanwhile, so the gaps are looked for in the whole book
        assertGapFree("archive_svc.agenda_entry", "number");

        String same = "race/" + batch + "/same";
        List<Http.Answer> repeats = atOnce(4, () -> Http.call("POST", world.url(Svc.ARCHIVE, "/api/v1/agenda"))
                .token(service).json(agenda(same)).send());
        assertEquals(1, count("select count(*) from archive_svc.agenda_entry where source_ref = ?", same));
        Set<String> ids = new TreeSet<>();
        repeats.forEach(r -> {
            assertTrue(r.status() == 201 || r.status() == 200, r.toString());
            ids.add(r.json().path("id").asText());
        });
        assertEquals(1, ids.size(), ids.toString());
        assertEquals(1, repeats.stream().filter(r -> r.status() == 201).count(), repeats.toString());
    }

    /** Within each year the numbers run 1, 2, 3 … without a gap or a repeat. */
    private static void assertGapFree(String table, String column) throws Exception {
        try (Connection c = world.system.database(); PreparedStatement s = c.prepareStatement("select year, count(*),"
                + " count(distinct " + column + "), min(" + column + "), max(" + column + ") from " + table
                + " group by year"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String what = table + " " + r.getInt(1) + ": " + r.getLong(2) + " numbers, " + r.getLong(3)
                        + " distinct, from " + r.getLong(4) + " to " + r.getLong(5);
                assertEquals(r.getLong(2), r.getLong(3), what);
                assertEquals(1, r.getLong(4), what);
                assertEquals(r.getLong(2), r.getLong(5), what);
            }
        }
    }

    private static Map<String, Object> agenda(String ref) {
        return Map.of("sourceRef", ref, "direction", "INTERNAL",
                "date", Instant.now().toString(), "from", "Kabag", "to", "Unit", "subject", "Balapan nomor",
                "attachments", 0);
    }
}
