package id.go.kalbarprov.sop.system.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.system.DevTokens;
import id.go.kalbarprov.sop.system.Officers;
import id.go.kalbarprov.sop.system.SystemUnderTest;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running system plus one case taken through all ten steps: every operation has a real object to aim at, and
 * since that case is archived, every change aimed at it must be refused — so the database must not move.
 */
final class AttackWorld {

    static final List<String> SCHEMAS = List.of("request_svc", "review_svc", "archive_svc");
    private static AttackWorld instance;

    final SystemUnderTest system;
    final Officers officers;
    final String caseId;
    final String reviewId;
    final String orderId;
    final String recordId;
    /** An approved retention rule proposal: decided once, every further decision is refused. */
    final String proposalId;

    private AttackWorld() {
        system = SystemUnderTest.get();
        officers = new Officers(system);
        caseId = officers.caseSubmittedForReview("Sasaran serangan");
        reviewId = officers.reviewId(caseId);
        officers.approveChain(reviewId);
        orderId = officers.orderId(caseId);
        recordId = officers.archive(orderId);
        officers.awaitCaseState(caseId, "ARCHIVED");
        // a letter's PDF is recorded on its first download: downloaded here once, every later GET only reads
        officers.downloadLetters(caseId, "DINKES");
        proposalId = officers.approveRetentionProposal(officers.retentionProposal());
    }

    static synchronized AttackWorld get() {
        if (instance == null) {
            instance = new AttackWorld();
        }
        return instance;
    }

    String url(Svc svc, String path) {
        return system.url(svc) + path;
    }

    /** A path on the service's management interface (/q/*: health, metrics, the OpenAPI document). */
    String managementUrl(Svc svc, String path) {
        return system.managementUrl(svc) + path;
    }

    /** A path template of the OpenAPI document with the archived case's objects filled in. */
    String concrete(String template) {
        // the reference data (a seeded unit, its agreement, an officer the walk-through registered); files and
        // submissions by an id nothing has, so an allowed caller is answered 404 and nothing changes
        String path = template.replace("{number}", "1").replace("{unitCode}", "DINKES").replace("{year}", "2026")
                .replace("{revision}", "1").replace("{code}", "DINKES").replace("{upn}", "pelaksana.sys")
                .replace("{submissionId}", "00000000-0000-4000-8000-00000000a77a")
                .replace("{attachmentId}", "00000000-0000-4000-8000-00000000a77a")
                .replace("{memoId}", "00000000-0000-4000-8000-00000000a77a")
                .replace("{verificationId}", "attack-suite-sample-id")
                .replace("{date}", "2031-01-07").replace("{from}", "2031-01-07");
        if (!path.contains("{id}")) {
            return path;
        }
        String resource = path.substring("/api/v1/".length()).split("/")[0];
        String id = switch (resource) {
            case "cases" -> caseId;
            case "reviews" -> reviewId;
            case "archive-orders" -> orderId;
            case "records" -> recordId;
            case "retention-schedule" -> proposalId;
            // a notification, webhook or outbox event nothing has: an allowed caller is answered 404 and nothing changes
            case "notifications", "webhooks", "outbox" -> "00000000-0000-4000-8000-00000000a77a";
            default -> throw new AssertionError("no target object for " + template + ": add one to AttackWorld");
        };
        return path.replace("{id}", id);
    }

    /** The caller a role stands for in these tests: the officers who worked the archived case. */
    static String tokenOf(String role) {
        return switch (role) {
            case "karo" -> DevTokens.karo();
            case "kabag" -> DevTokens.kabag();
            case "kasubbag" -> DevTokens.kasubbag();
            case "pelaksana" -> DevTokens.pelaksana();
            case "arsiparis" -> DevTokens.arsiparis();
            case "auditor" -> DevTokens.auditor();
            case "admin" -> DevTokens.admin();
            case "operator" -> DevTokens.of("operator", "operator.sys", null, null);
            case "unit" -> DevTokens.unit("DINKES");
            case "request-service", "review-service", "archive-service" -> DevTokens.service(role);
            case "service" -> DevTokens.of("service", "attack-suite", null, null);
            default -> throw new IllegalArgumentException(role);
        };
    }

    /**
     * Waits until no service has an event left to deliver, then until two checksums a relay period apart agree:
     * the relays write in the background, and a comparison is only fair on a quiet database.
     */
    Map<String, String> quietChecksums() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, String> previous = null;
        while (Instant.now().isBefore(deadline)) {
            if (undelivered() == 0) {
                Map<String, String> now = checksums();
                if (now.equals(previous)) {
                    return now;
                }
                previous = now;
            }
            SystemUnderTest.sleep(700);
        }
        throw new AssertionError("the system did not become quiet within 60 s");
    }

    /** Compares with a checksum taken before; names the tables that changed. */
    void assertDatabaseUnchanged(Map<String, String> before, String after) {
        Map<String, String> now = quietChecksums();
        List<String> changed = new ArrayList<>();
        for (String table : before.keySet()) {
            if (!before.get(table).equals(now.get(table))) {
                changed.add(table);
            }
        }
        AttackSummary.DATABASE_COMPARISONS.incrementAndGet();
        assertEquals(List.of(), changed, "tables changed by " + after);
        assertEquals(before.keySet(), now.keySet(), "tables appeared or vanished during " + after);
    }

    private long undelivered() {
        try (Connection c = system.database(); Statement s = c.createStatement()) {
            long pending = 0;
            for (String schema : SCHEMAS) {
                try (ResultSet r = s.executeQuery("select count(*) from " + schema
                        + ".outbox_event where delivered_at is null and skipped_at is null")) {
                    r.next();
                    pending += r.getLong(1);
                }
            }
            return pending;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One md5 per table over all its rows in a fixed order. */
    Map<String, String> checksums() {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = system.database(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_schema in ('request_svc', 'review_svc', 'archive_svc') and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                if (table.endsWith(".stream_ticket")) {
                    continue; // a stream ticket lives a minute; asking for one is all an allowed caller does there
                }
                if (table.endsWith(".chain_verification_run")) {
                    continue; // a walk of the chain keeps its verdict; that is all an allowed caller leaves there
                }
                try (ResultSet r = s.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from " + table + " t")) {
                    r.next();
                    sums.put(table, r.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }
}
