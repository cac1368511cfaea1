package id.go.kalbarprov.sop.system.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input generated from the OpenAPI schemas on every operation with a body or parameters: a 4xx problem
 * document when the input breaks the contract, never a 5xx or an internal detail, and the database unchanged.
 */
class BadInputTest {

    static AttackWorld world;
    static Map<String, ExpectedAccess.Row> table;

    @BeforeAll
    static void start() {
        world = AttackWorld.get();
        table = ExpectedAccess.load();
    }

    /**
     * An operation that would create something from a valid body (a new case, an arrival from another service, a
     * schedule line, a unit or an officer). All other changing operations are aimed at the archived case, which refuses any change.
     */
    private static boolean creates(Operation op, ExpectedAccess.Row row) {
        if ("PUT".equals(op.method()) && op.path().matches("^/api/v1/(units|officers)/\\{[a-z]+}$")) {
            return true; // the reference data's create-or-replace: a valid body with a well-formed If-Match replaces
        }
        return "POST".equals(op.method())
                && (!op.path().contains("{") || ExpectedAccess.SERVICES.containsAll(row.roles()));
    }

    @Test
    void everyOperationRefusesBadInputWithAProblemAndTheDatabaseDoesNotMove() {
        Map<String, String> before = world.quietChecksums();
        List<String> failures = new ArrayList<>();
        for (Operation op : Operation.all(world)) {
            ExpectedAccess.Row row = table.get(op.key());
            if (row == null) {
                continue;
            }
            boolean changing = !"GET".equals(op.method());
            String token = AttackWorld.tokenOf(row.firstRole());
            for (BadInputs.Attack attack : new BadInputs(op, world.concrete(op.path()), creates(op, row)).generate()) {
                Http.Call call = Http.call(op.method(), world.url(op.service(), attack.pathAndQuery())).token(token);
                attack.headers().forEach(call::header);
                if (attack.body() != null) {
                    call.body(attack.body(), attack.contentType());
                }
                Http.Answer answer = call.send();
                AttackSummary.BAD_INPUTS.incrementAndGet();
                String unsafe = answer.problems();
                if (unsafe != null) {
                    failures.add(op.key() + " " + attack.what() + ": " + unsafe);
                } else if ((attack.mustBeRefused() || changing) && (answer.status() < 400 || answer.status() >= 500)
                        && !everyEventRefused(op, answer)) {
                    failures.add(op.key() + " " + attack.what() + ": expected a 4xx, got " + answer);
                }
            }
        }
        assertEquals(List.of(), failures.size() > 60 ? failures.subList(0, 60) : failures,
                failures.size() + " failures");
        world.assertDatabaseUnchanged(before, "the bad inputs");
    }

    /**
     * Hostile text that is legal (SQL, markup, Unicode) is stored and returned exactly as sent — or refused with a
     * 400 when the database cannot hold it (NUL, lone surrogates) — but never a 5xx.
     */
    @Test
    void hostileButLegalTextIsStoredVerbatimOrRefusedCleanly() {
        List<String> failures = new ArrayList<>();
        for (var hostile : BadInputs.HOSTILE_TEXTS.entrySet()) {
            String title = "T " + hostile.getValue();
            Http.Answer created = Http.call("POST", world.url(Svc.REQUEST, "/api/v1/cases"))
                    .token(AttackWorld.tokenOf("karo")).json(Map.of("title", title, "year", 2026, "period", "Q1",
                            "reason", hostile.getValue() + " r", "targetUnits", List.of("DINKES"),
                            "dueDate", LocalDate.now().plusDays(3).toString(), "instruction", "i " + hostile.getValue(),
                            "urgency", "BIASA"))
                    .send();
            AttackSummary.BAD_INPUTS.incrementAndGet();
            String unsafe = created.problems();
            if (unsafe != null) {
                failures.add(hostile.getKey() + ": " + unsafe);
            } else if (created.status() == 201) {
                String id = created.json().path("id").asText();
                Http.Answer read = Http.call("GET", world.url(Svc.REQUEST, "/api/v1/cases/" + id))
                        .token(AttackWorld.tokenOf("auditor")).send();
                // the services strip leading and trailing white space from names and titles, by design
                if (!title.strip().equals(read.json().path("title").asText())) {
                    failures.add(hostile.getKey() + ": stored as " + read.json().path("title"));
                } else {
                    AttackSummary.HOSTILE_TEXTS_STORED.incrementAndGet();
                }
            } else if (created.status() != 400) {
                failures.add(hostile.getKey() + ": expected 201 or 400, got " + created);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(AttackSummary.HOSTILE_TEXTS_STORED.get() > 0, "no hostile text was accepted at all");
    }

    /**
     * A handoff batch answers 200 with a result per event (a refused event does not hold other cases' events): bad
     * input in an event is refused there, with a 4xx problem, and nothing applied.
     */
    private static boolean everyEventRefused(Operation op, Http.Answer answer) {
        if (!op.path().endsWith("/handoffs/batch") || answer.status() != 200) {
            return false;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(answer.body()).path("results");
            if (!results.isArray() || results.isEmpty()) {
                return false;
            }
            for (com.fasterxml.jackson.databind.JsonNode result : results) {
                int status = result.path("status").asInt();
                if (status < 400 || status >= 500 || !result.path("problem").isObject()) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
