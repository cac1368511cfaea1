package id.go.kalbarprov.sop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.domain.ChainLink;
import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 4: any reader could exhaust the archive's memory by walking the chain, which loaded 200 full
 * records (up to 900,000 characters each) at a time. Here an archive-service of its own, with a 96 MB heap, holds a
 * chain of {@value #RECORDS} records of {@value #CHARACTERS} characters (about 240 MB of content, written straight
 * into its database with valid hashes and chain-key signatures), and is asked for several full walks and lists at
 * once: it stays up and ready, logs no OutOfMemoryError, and every answer is right (the walk's report of an intact
 * chain of every record, or 429 with Retry-After while another walk runs). Before the fix a single walk needed
 * 200 × 800,000 characters (≥ 160 MB) on the heap at once.
 */
class BoundedChainWalkSystemTest {

    static final int RECORDS = 300;
    static final int CHARACTERS = 800_000;
    private static final String KEY_ID = "bounded-walk-test";
    private static final String DATABASE = SystemUnderTest.DATABASE + "_walk";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Process archive;
    static String url;
    static String management;
    static Path log;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() throws Exception {
        SystemUnderTest.freshDatabase(DATABASE, Svc.ARCHIVE);
        int port = SystemUnderTest.freePort();
        int managementPort = SystemUnderTest.freePort();
        url = "http://127.0.0.1:" + port;
        management = "http://127.0.0.1:" + managementPort;
        Map<String, String> env = SystemUnderTest.environment(Svc.ARCHIVE, port, managementPort, DATABASE, svc -> url);
        env.put("CHAIN_KEY_ID", KEY_ID);
        log = SystemUnderTest.root().resolve("deploy/system-tests/target/archive-service-96m.log");
        Files.deleteIfExists(log);
        archive = SystemUnderTest.start(Svc.ARCHIVE, "96m", env, log);
        SystemUnderTest.awaitReady("archive-service (96 MB)", archive, management, Duration.ofSeconds(120));
        fileLargeChain();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (archive != null) {
            archive.destroy();
            archive.waitFor();
        }
    }

    @Test
    void severalConcurrentWalksAndListsOverALargeChainLeaveTheServiceUpAndAnswerRight() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> walks = new ArrayList<>();
            List<Future<HttpResponse<String>>> lists = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                walks.add(pool.submit(() -> get("/api/v1/records/verification", DevTokens.auditor())));
                if (i % 2 == 0) {
                    lists.add(pool.submit(() -> get("/api/v1/records?size=100", DevTokens.arsiparis())));
                }
            }
            int walked = 0;
            for (Future<HttpResponse<String>> walk : walks) {
                HttpResponse<String> answer = walk.get();
                if (answer.statusCode() == 429) {
                    assertTrue(answer.headers().firstValue("Retry-After").isPresent(), answer.toString());
                    assertEquals("CHAIN_WALK_RUNNING", JSON.readTree(answer.body()).path("code").asText());
                } else {
                    assertEquals(200, answer.statusCode(), answer.body());
                    assertIntactWhole(JSON.readTree(answer.body()));
                    walked++;
                }
            }
            assertTrue(walked >= 1, "at least one walk ran");
            for (Future<HttpResponse<String>> list : lists) {
                HttpResponse<String> answer = list.get();
                assertEquals(200, answer.statusCode(), answer.body());
                JsonNode page = JSON.readTree(answer.body());
                assertEquals(RECORDS, page.path("total").asInt());
                page.path("items").forEach(item -> assertTrue(item.path("content").isNull()));
            }
        } finally {
            pool.shutdownNow();
        }
        // One after the other, every walk runs; the last verdict is kept for every reader.
        assertIntactWhole(JSON.readTree(get("/api/v1/records/verification", DevTokens.arsiparis()).body()));
        JsonNode last = JSON.readTree(get("/api/v1/records/verification/last", DevTokens.pelaksana()).body());
        assertTrue(last.path("intact").asBoolean());
        assertEquals(RECORDS, last.path("checked").asInt());

        assertTrue(archive.isAlive(), "archive-service is still running");
        assertTrue(SystemUnderTest.ready(HTTP, management), "archive-service is ready");
        String written = Files.readString(log);
        // "java.lang." so that the JVM options echoed at the start (-XX:+ExitOnOutOfMemoryError) do not count
        assertFalse(written.contains("java.lang.OutOfMemoryError"), "no OutOfMemoryError in " + log);
    }

    private static void assertIntactWhole(JsonNode report) {
        assertTrue(report.path("intact").asBoolean(), report.toString());
        assertEquals(RECORDS, report.path("checked").asInt(), report.toString());
        assertEquals(RECORDS, report.path("lastSequence").asInt(), report.toString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Files the chain as the service files it: each record's facts hashed onto its predecessor's hash, each link
     * signed with the dev chain key, the head moved to the last. Written as the database's administrator with foreign
     * keys off (the records have no archive orders); the service reads them as it reads its own.
     */
    private static void fileLargeChain() throws Exception {
        KeyPair chainKey = KeyAlgorithms.keyPair(Pem.read("file:" + DevTokens.keys() + "/dev-chain-private.pem"));
        // the key's own algorithm (RSA or EC P-256), as archive-service records it
        String algorithm = KeyAlgorithms.of(chainKey.getPublic());
        String filler = "Capaian kinerja triwulan dikoreksi sesuai data dukung. ";
        String previous = ChainLink.GENESIS;
        try (Connection c = SystemUnderTest.database(DATABASE)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO archive_svc.archive_record (id, sequence, order_id, case_id, correction_version, title,
                        year, period, classification_code, file_number, item_number, processing_unit, description,
                        covered_from, covered_to, closing_year, quantity, medium, authenticity, access_class,
                        location_folder, location_box, location_shelf, active_years, inactive_years,
                        final_disposition, disposition_note, inactive_from, disposition_due, content, content_hash,
                        previous_hash, record_hash, filed_at, filed_by_upn, filed_by_nip, filed_by_name, filed_acting)
                    VALUES (?, ?, ?, ?, 1, ?, 2026, 'Q1', '000.8.6.3', 'BX-01', ?, 'Bagian Organisasi', ?,
                        DATE '2026-01-01', DATE '2026-03-31', 2026, 1, 'ELECTRONIC', 'ORIGINAL', 'PUBLIC', 'F-1',
                        'B-1', 'R1-A', 2, 3, 'DESTROY', NULL, DATE '2029-01-01', DATE '2032-01-01', ?, ?, ?, ?, ?,
                        'arsiparis.one', '198504042010012004', 'Arsiparis Satu', false)""");
                 PreparedStatement sign = c.prepareStatement("""
                    INSERT INTO archive_svc.chain_signature
                        (sequence, record_hash, algorithm, key_id, signature, signed_at) VALUES (?, ?, ?, ?, ?, now())""")) {
                Instant filedAt = Instant.parse("2026-04-01T02:00:00Z");
                for (int n = 1; n <= RECORDS; n++) {
                    StringBuilder text = new StringBuilder(CHARACTERS).append("{\"record\":").append(n)
                            .append(",\"text\":\"");
                    while (text.length() < CHARACTERS - 2) {
                        text.append(filler, 0, Math.min(filler.length(), CHARACTERS - 2 - text.length()));
                    }
                    String content = text.append("\"}").toString();
                    UUID id = UUID.randomUUID();
                    Map<String, Object> facts = facts(id, n, UUID.randomUUID(), UUID.randomUUID(),
                            ContentHash.sha256(content), filedAt);
                    String hash = ChainLink.hash(previous, facts);
                    int i = 1;
                    insert.setObject(i++, id);
                    insert.setLong(i++, n);
                    insert.setObject(i++, facts.get("orderId"));
                    insert.setObject(i++, facts.get("caseId"));
                    insert.setString(i++, (String) facts.get("title"));
                    insert.setInt(i++, n);
                    insert.setString(i++, (String) facts.get("description"));
                    insert.setString(i++, content);
                    insert.setString(i++, (String) facts.get("contentHash"));
                    insert.setString(i++, previous);
                    insert.setString(i++, hash);
                    insert.setObject(i, filedAt.atOffset(ZoneOffset.UTC));
                    insert.executeUpdate();
                    Signature signature = Signature.getInstance(algorithm);
                    signature.initSign(chainKey.getPrivate());
                    signature.update(ChainSignature.link(n, hash));
                    sign.setLong(1, n);
                    sign.setString(2, hash);
                    sign.setString(3, algorithm);
                    sign.setString(4, KEY_ID);
                    sign.setString(5, Base64.getEncoder().encodeToString(signature.sign()));
                    sign.executeUpdate();
                    previous = hash;
                }
            }
            try (PreparedStatement head = c.prepareStatement(
                    "UPDATE archive_svc.chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, RECORDS);
                head.setString(2, previous);
                head.executeUpdate();
            }
            c.commit();
        }
    }

    /** The facts the service hashes of such a record (ArchiveRecordEntity.chainFacts: no seals, no PDF). */
    private static Map<String, Object> facts(UUID id, int n, UUID orderId, UUID caseId, String contentHash,
                                             Instant filedAt) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("id", id);
        facts.put("sequence", (long) n);
        facts.put("orderId", orderId);
        facts.put("caseId", caseId);
        facts.put("correctionVersion", 1);
        facts.put("title", "Koreksi data kinerja " + n);
        facts.put("year", 2026);
        facts.put("period", "Q1");
        facts.put("classificationCode", "000.8.6.3");
        facts.put("fileNumber", "BX-01");
        facts.put("itemNumber", n);
        facts.put("processingUnit", "Bagian Organisasi");
        facts.put("description", "Koreksi besar nomor " + n);
        facts.put("coveredFrom", LocalDate.parse("2026-01-01"));
        facts.put("coveredTo", LocalDate.parse("2026-03-31"));
        facts.put("closingYear", 2026);
        facts.put("quantity", 1);
        facts.put("medium", "ELECTRONIC");
        facts.put("authenticity", "ORIGINAL");
        facts.put("accessClass", "PUBLIC");
        facts.put("locationFolder", "F-1");
        facts.put("locationBox", "B-1");
        facts.put("locationShelf", "R1-A");
        facts.put("activeYears", 2);
        facts.put("inactiveYears", 3);
        facts.put("finalDisposition", "DESTROY");
        facts.put("dispositionNote", null);
        facts.put("inactiveFrom", LocalDate.parse("2029-01-01"));
        facts.put("dispositionDue", LocalDate.parse("2032-01-01"));
        facts.put("contentHash", contentHash);
        facts.put("filedAt", filedAt);
        facts.put("filedByUpn", "arsiparis.one");
        facts.put("filedByNip", "198504042010012004");
        facts.put("filedByName", "Arsiparis Satu");
        facts.put("filedActing", false);
        return facts;
    }
}
