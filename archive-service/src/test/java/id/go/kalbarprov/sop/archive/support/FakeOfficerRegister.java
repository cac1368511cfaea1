package id.go.kalbarprov.sop.archive.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * request-service's register of officers as the tests need it ({@code GET /api/v1/officers/{upn}} and
 * {@code ?nip=}): the officers the tests delegate to, answered only to archive-service's own token; it can be taken
 * down ({@link #down}) and counts the calls it answered.
 */
public class FakeOfficerRegister implements QuarkusTestResourceLifecycleManager {

    /** While true every call is answered 503, as a request-service that is down. */
    public static volatile boolean down;
    public static final AtomicInteger CALLS = new AtomicInteger();
    /** Counted down when a call arrives, before the answer is delayed by {@link #delayMillis}. */
    public static volatile java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(0);
    /** While true a page of officers is answered as a request-service of an older release pages (no totalExact). */
    public static volatile boolean olderRelease;
    /** How long each answer takes: a slow request-service. */
    public static volatile long delayMillis;
    static final Map<String, String> OFFICERS = new ConcurrentHashMap<>();

    private HttpServer server;

    static {
        add("arsiparis.one", "198504042010012004", "arsiparis", "2010-01-01", null);
        add("arsiparis.two", "198605052011012005", "arsiparis", "2011-01-01", null);
        add("arsiparis.three", "198706062012012006", "arsiparis", "2012-01-01", null);
        add("kabag.archivist", "197801012003121001", "arsiparis", "2003-12-01", null);
        add("arsiparis.retired", "196502022000032001", "arsiparis", "2000-03-01", "2021-01-31");
        add("pelaksana.one", "199003032015031003", "pelaksana", "2015-03-01", null);
        add(("arsiparis.").concat("o".repeat(100)).substring(0, 100), "198808082013012008", "arsiparis",
                "2013-01-01", null);
    }

    /** Registers an officer in the fake register (as the admin would in request-service). */
    public static void add(String upn, String nip, String role, String from, String to) {
        OFFICERS.put(upn, "{\"upn\":\"" + upn + "\",\"nip\":\"" + nip + "\",\"name\":\"Officer " + upn
                + "\",\"post\":\"Arsiparis Ahli Pertama\",\"role\":\"" + role + "\",\"unitCode\":\"BIRO-ORG\","
                + "\"section\":\"Subbagian Tata Usaha\",\"activeFrom\":\"" + from + "\",\"activeTo\":"
                + (to == null ? "null" : "\"" + to + "\"") + ",\"version\":1}");
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/officers", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.request-officers.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        if (down) {
            send(exchange, 503, "{}");
            return;
        }
        if (!archiveServicesToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 403, "{}");
            return;
        }
        CALLS.incrementAndGet();
        asked.countDown();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (path.startsWith("/api/v1/officers/")) {
            String found = OFFICERS.get(URLDecoder.decode(path.substring("/api/v1/officers/".length()),
                    StandardCharsets.UTF_8));
            send(exchange, found == null ? 404 : 200, found == null ? "{}" : found);
            return;
        }
        String nip = query == null ? "" : query.replaceFirst("^.*nip=([0-9]*).*$", "$1");
        String items = String.join(",", OFFICERS.values().stream()
                .filter(o -> o.contains("\"nip\":\"" + nip + "\"")).toList());
        send(exchange, 200, "{\"items\":[" + items + "],\"page\":0,\"size\":20,\"total\":"
                + (items.isEmpty() ? 0 : 1) + (olderRelease ? "}" : ",\"totalExact\":true}"));
    }

    /** The caller's token names archive-service as its subject and role (its own self-signed token). */
    private static boolean archiveServicesToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        String claims = parts.length < 2 ? "" : new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8);
        return claims.contains("\"sub\":\"archive-service\"") && claims.contains("\"archive-service\"");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
