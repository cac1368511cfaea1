package id.go.kalbarprov.sop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.document.DocumentIds;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate limits as deploy/kubernetes/README.md (<i>Rate limits</i>) documents them for two replicas: two
 * archive-services on one database, each told {@code SOP_RATE_LIMIT_REPLICAS=2}, keep their buckets in memory and
 * enforce half of each limit. A caller whose requests the ingress spreads over both gets the whole limit and then 429
 * from both; a caller whose requests all land on one replica gets that replica's half. Every answer names this
 * replica's share in {@code RateLimit-Policy}.
 */
class RateLimitReplicasSystemTest {

    private static final String DATABASE = SystemUnderTest.DATABASE + "_ratelimit";
    /** The deployment's limits: the public verification 10 per hour, reads 6 per hour; each replica enforces half. */
    private static final int PUBLIC_LIMIT = 10;
    private static final int READ_LIMIT = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static final List<Process> replicas = new ArrayList<>();
    static final List<String> urls = new ArrayList<>();

    @BeforeAll
    static void startTwoReplicas() {
        SystemUnderTest.freshDatabase(DATABASE, Svc.ARCHIVE);
        for (int i = 1; i <= 2; i++) {
            int port = SystemUnderTest.freePort();
            int managementPort = SystemUnderTest.freePort();
            String url = "http://127.0.0.1:" + port;
            Map<String, String> env = SystemUnderTest.environment(Svc.ARCHIVE, port, managementPort, DATABASE,
                    svc -> url);
            env.put("SOP_RATE_LIMIT_ENABLED", "true");
            env.put("SOP_RATE_LIMIT_REPLICAS", "2");
            env.put("SOP_RATE_LIMIT_PUBLIC", String.valueOf(PUBLIC_LIMIT));
            env.put("SOP_RATE_LIMIT_READ", String.valueOf(READ_LIMIT));
            env.put("SOP_RATE_LIMIT_WINDOW", "1H");
            Path log = SystemUnderTest.root().resolve("deploy/system-tests/target/archive-service-replica-" + i + ".log");
            Process replica = SystemUnderTest.start(Svc.ARCHIVE, "128m", env, log);
            replicas.add(replica);
            // one after the other: the first applies the migrations, the second finds them applied
            SystemUnderTest.awaitReady("archive-service replica " + i, replica,
                    "http://127.0.0.1:" + managementPort, Duration.ofSeconds(120));
            urls.add(url);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process replica : replicas) {
            replica.destroy();
            replica.waitFor();
        }
    }

    @Test
    void aCallerSpreadOverTwoReplicasGetsTheWholeLimitThenIsRefusedByBoth() throws Exception {
        for (int i = 0; i < PUBLIC_LIMIT; i++) {
            HttpResponse<String> answer = verify(urls.get(i % 2));
            assertEquals(404, answer.statusCode(), "request " + (i + 1) + " of the limit: " + answer.body());
            assertEquals("\"public\";q=" + PUBLIC_LIMIT / 2 + ";w=3600",
                    answer.headers().firstValue("RateLimit-Policy").orElse(""), "each replica shows its share");
        }
        for (String replica : urls) {
            HttpResponse<String> refused = verify(replica);
            assertEquals(429, refused.statusCode(), "past the limit on " + replica);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertEquals("TOO_MANY_REQUESTS", JSON.readTree(refused.body()).path("code").asText());
            int retryAfter = Integer.parseInt(refused.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After within the window: " + retryAfter);
            assertTrue(refused.headers().firstValue("RateLimit").orElse("").startsWith("\"public\";r=0;t="),
                    refused.headers().map().toString());
        }
    }

    @Test
    void aCallerWhoseRequestsAllLandOnOneReplicaGetsThatReplicasHalf() throws Exception {
        String token = DevTokens.auditor();
        String one = urls.get(0);
        for (int i = 0; i < READ_LIMIT / 2; i++) {
            assertEquals(200, read(one, token).statusCode(), "read " + (i + 1) + " of this replica's half");
        }
        assertEquals(429, read(one, token).statusCode(), "this replica's half is spent");
        // the other replica still has its half for the same caller, and another caller is not affected
        assertEquals(200, read(urls.get(1), token).statusCode());
        assertEquals(200, read(one, DevTokens.arsiparis()).statusCode());
    }

    private static HttpResponse<String> verify(String replica) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(replica + "/api/v1/verifications/"
                + DocumentIds.newVerificationId())).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> read(String replica, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(replica + "/api/v1/retention-schedule"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
