package id.go.kalbarprov.sop.system.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The body-size cap (MAX_BODY_SIZE, defaults per service) and the page-size cap (1–100). The rate of failed logins
 * is not tested here: the services never see a password; the identity provider (Keycloak brute-force detection)
 * owns it.
 */
class LimitsTest {

    /** The services' default caps (application.properties, sop.http.max-body-size). */
    static final Map<Svc, Integer> BODY_CAPS = Map.of(Svc.REQUEST, 3 * 1024 * 1024, Svc.REVIEW, 3 * 1024 * 1024,
            Svc.ARCHIVE, 3 * 1024 * 1024);
    static AttackWorld world;
    static Map<String, ExpectedAccess.Row> table;

    @BeforeAll
    static void start() {
        world = AttackWorld.get();
        table = ExpectedAccess.load();
    }

    private static String jsonOfSize(int bytes) {
        String head = "{\"note\":\"";
        return head + "x".repeat(bytes - head.length() - 2) + "\"}";
    }

    @Test
    void aBodyAboveTheCapIs413WithAProblemWhetherItsLengthIsDeclaredOrNot() throws Exception {
        Map<String, String> before = world.quietChecksums();
        List<String> failures = new ArrayList<>();
        for (Operation op : Operation.all(world)) {
            if (op.bodySchema() == null || table.get(op.key()) == null) {
                continue;
            }
            int cap = BODY_CAPS.get(op.service());
            String token = AttackWorld.tokenOf(table.get(op.key()).firstRole());
            String url = world.url(op.service(), world.concrete(op.path()));
            byte[] overCap = jsonOfSize(cap + 1).getBytes(StandardCharsets.UTF_8);
            check(failures, op + " declared " + overCap.length, send(op.method(), url, token, overCap, false));
            check(failures, op + " chunked " + overCap.length, send(op.method(), url, token, overCap, true));
            // beyond quarkus.http.limits.max-body-size (4M) the HTTP layer refuses before the application sees
            // the request, with a bare 413 and a closed connection: a 413 is all that can be asked of it
            byte[] overHardLimit = jsonOfSize(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (boolean chunked : List.of(false, true)) {
                Http.Answer answer = send(op.method(), url, token, overHardLimit, chunked);
                AttackSummary.LIMIT_CHECKS.incrementAndGet();
                if (answer.status() != 413) {
                    failures.add(op + " 5 MB" + (chunked ? " chunked" : "") + ": expected 413, got " + answer);
                }
            }
            // just under the cap is read (and refused for what it says, not for its size)
            Http.Answer under = send(op.method(), url, token, jsonOfSize(cap - 1024).getBytes(StandardCharsets.UTF_8), false);
            AttackSummary.LIMIT_CHECKS.incrementAndGet();
            if (under.problems() != null || under.status() == 413) {
                failures.add(op + " under the cap: " + under);
            }
        }
        assertEquals(List.of(), failures);
        world.assertDatabaseUnchanged(before, "the oversized bodies");
    }

    private static void check(List<String> failures, String what, Http.Answer answer) {
        AttackSummary.LIMIT_CHECKS.incrementAndGet();
        String unsafe = answer.problems();
        if (unsafe != null || answer.status() != 413 || !"PAYLOAD_TOO_LARGE".equals(answer.code())) {
            failures.add(what + ": expected 413 PAYLOAD_TOO_LARGE, got " + (unsafe != null ? unsafe : answer));
        }
    }

    /** Declared (Content-Length) or chunked: no length, so a cap that only reads the declared one would not see it. */
    private static Http.Answer send(String method, String url, String token, byte[] body, boolean chunked) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            AttackSummary.answered(response.statusCode());
            return new Http.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            // a server may close the connection while a too-large body is still being sent: refused, not answered
            return new Http.Answer(413, "application/problem+json",
                    "{\"status\":413,\"code\":\"CONNECTION_CLOSED\",\"title\":\"closed\"}", Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void pageSizeIsCappedAt100OnEveryList() {
        List<String> failures = new ArrayList<>();
        int lists = 0;
        for (Operation op : Operation.all(world)) {
            if (op.parameters("query").stream().noneMatch(p -> "size".equals(p.path("name").asText()))) {
                continue;
            }
            lists++;
            String token = AttackWorld.tokenOf(table.get(op.key()).firstRole());
            String url = world.url(op.service(), world.concrete(op.path()));
            for (var probe : Map.of("size=100", 200, "size=101", 400, "size=0", 400, "size=1000000", 400,
                    "page=-1", 400, "size=100&page=100001", 400).entrySet()) {
                Http.Answer answer = Http.call("GET", url + "?" + probe.getKey()).token(token).send();
                AttackSummary.LIMIT_CHECKS.incrementAndGet();
                String unsafe = answer.problems();
                if (unsafe != null || answer.status() != probe.getValue()) {
                    failures.add(op + " " + probe.getKey() + ": expected " + probe.getValue() + ", got "
                            + (unsafe != null ? unsafe : answer));
                } else if (answer.status() == 200 && answer.json().path("items").size() > 100) {
                    failures.add(op + " " + probe.getKey() + ": more than 100 items");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(true, lists >= 8, "lists with a size parameter: " + lists);
    }
}
