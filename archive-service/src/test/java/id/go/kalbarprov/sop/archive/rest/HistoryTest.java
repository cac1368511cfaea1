package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.domain.ChainLink;
import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.testing.DatabaseRoles;
import id.go.kalbarprov.sop.platform.testing.RuntimeRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * History the application cannot rewrite: what archive-service's runtime role is refused in its own schema, and a
 * rewrite by the schema's owner, with every hash recomputed as the service computes it, that the verification still
 * finds because the owner cannot sign with the chain key.
 */
@QuarkusTest
class HistoryTest {

    @jakarta.inject.Inject
    id.go.kalbarprov.sop.archive.service.ArchiveChain chain;

    private static final String RECORDS = "/api/v1/records";
    private static final String SCHEMA = "archive_svc";
    private static final List<String> APPEND_ONLY = List.of("archive_record", "chain_signature", "chain_checkpoint",
            "agenda_entry", "quarantined_arrival", "applied_event", "retention_minimum");

    @Test
    void theRuntimeRoleCannotChangeDeleteOrTruncateWhatIsAppendOnly() throws SQLException {
        Archive.filed("PUBLIC");
        checkpoint(Tokens.auditor()).then().statusCode(201);
        try (Connection c = DatabaseRoles.connectAs("archive_svc", SCHEMA)) {
            for (String table : APPEND_ONLY) {
                RuntimeRole.assertAppendOnly(c, SCHEMA, table);
            }
        }
    }

    @Test
    void theRuntimeRoleCannotDropTriggersAlterOrCreate() throws SQLException {
        try (Connection c = DatabaseRoles.connectAs("archive_svc", SCHEMA)) {
            refused(c, "DROP TRIGGER archive_record_immutable ON archive_record");
            refused(c, "ALTER TABLE archive_record DISABLE TRIGGER archive_record_immutable");
            refused(c, "DROP FUNCTION refuse_archive_record_change() CASCADE");
            RuntimeRole.assertNoDdl(c, "chain_signature");
        }
    }

    @Test
    void theRuntimeRoleMovesAnOrderButNeverChangesWhatWasSigned() throws SQLException {
        String orderId = Archive.received();
        try (Connection c = DatabaseRoles.connectAs("archive_svc", SCHEMA)) {
            for (String column : List.of("content", "content_hash", "seals", "signed_at", "received_from",
                    "case_id", "title", "amendments", "document_number", "document_date")) {
                refused(c, "UPDATE archive_order SET " + column + " = " + column + " WHERE id = '" + orderId + "'");
            }
            refused(c, "DELETE FROM archive_order WHERE id = '" + orderId + "'");
            refused(c, "UPDATE chain_head SET id = id");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // What the workflow moves is allowed (and rolled back here).
                assertEquals(1, s.executeUpdate("UPDATE archive_order SET state = state, version = version "
                        + "WHERE id = '" + orderId + "'"));
            }
            c.rollback();
        }
    }

    @Test
    void aRetentionRuleChangesOnlyItsTermsAndAProposalOnlyItsDecision() throws SQLException {
        try (Connection c = DatabaseRoles.connectAs("archive_svc", SCHEMA)) {
            for (String column : List.of("classification_code", "created_at", "created_by")) {
                refused(c, "UPDATE retention_rule SET " + column + " = " + column
                        + " WHERE classification_code = '000.8.6.3'");
            }
            refused(c, "DELETE FROM retention_rule WHERE classification_code = '000.8.6.3'");
            refused(c, "TRUNCATE retention_rule");
            for (String column : List.of("classification_code", "base_version", "title", "active_years",
                    "inactive_years", "final_disposition", "note", "before_title", "reason", "proposed_by_upn",
                    "proposed_by_nip", "proposed_at")) {
                refused(c, "UPDATE retention_proposal SET " + column + " = " + column);
            }
            refused(c, "DELETE FROM retention_proposal");
            refused(c, "TRUNCATE retention_proposal");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // What an approval writes is allowed (and rolled back here).
                assertEquals(1, s.executeUpdate("UPDATE retention_rule SET version = version, title = title, "
                        + "active_years = active_years, approved_by = approved_by "
                        + "WHERE classification_code = '000.8.6.3'"));
                s.executeUpdate("UPDATE retention_proposal SET state = state, decided_at = decided_at");
            }
            c.rollback();
        }
    }

    @Test
    void theChainKeyIsPublishedAndEveryLinkIsSignedWithIt() throws Exception {
        String recordId = Archive.filed("PUBLIC");
        String pem = given().get(RECORDS + "/chain/key").then().statusCode(200)
                .body("algorithm", equalTo("SHA256withRSA")).body("keyId", startsWith("chain-"))
                .extract().path("pem");
        long sequence = sequenceOf(recordId);
        String recordHash;
        String signature;
        try (Connection c = Db.connect(); PreparedStatement q = c.prepareStatement(
                "SELECT s.record_hash, s.signature FROM chain_signature s WHERE s.sequence = ?")) {
            q.setLong(1, sequence);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                recordHash = rows.getString(1);
                signature = rows.getString(2);
            }
        }
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey(pem));
        verifier.update(ChainSignature.link(sequence, recordHash));
        assertEquals(true, verifier.verify(Base64.getDecoder().decode(signature)));
    }

    @Test
    void checkpointsAreSignedRecordedAndPublished() {
        Archive.filed("PUBLIC");
        long head = Db.count("SELECT last_sequence FROM chain_head");
        checkpoint(Tokens.arsiparis()).then().statusCode(201)
                .body("sequence", equalTo((int) head)).body("keyId", startsWith("chain-"))
                .body("reason", equalTo("before maintenance"));
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body("{\"reason\":\" \"}")
                .post(RECORDS + "/chain/checkpoints").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/chain/checkpoints").then().statusCode(200)
                .body("total", greaterThan(0)).body("items.sequence", hasItem((int) head));
        checkpoint(Tokens.karo()).then().statusCode(403);
        given().get(RECORDS + "/chain/checkpoints").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then()
                .body("intact", equalTo(true));
    }

    @Test
    void aRewriteByTheOwnerWithEveryHashRecomputedIsFound() throws SQLException {
        String rewritten = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        assertIntact();
        long from = sequenceOf(rewritten);
        List<String[]> original = snapshot(from);
        try {
            rewriteAsOwner(rewritten, from);
            broken("SIGNATURE_INVALID")
                    .body("firstBroken.recordId", equalTo(rewritten))
                    .body("firstBroken.sequence", equalTo((int) from));
        } finally {
            restore(original);
        }
        assertIntact();
    }

    /** The owner rewrites a record, recomputes every later hash and renames the signature rows to match. */
    @Test
    void aRewriteWhoseSignatureRowsWereRenamedFailsOnTheHeadsSignatureAndIsTracedToTheRewrittenRecord()
            throws SQLException {
        String rewritten = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        long from = sequenceOf(rewritten);
        List<String[]> original = snapshot(from);
        List<String[]> signatures = signatures(from);
        try {
            rewriteAsOwner(rewritten, from);
            asSuperuser("UPDATE chain_signature s SET record_hash = r.record_hash FROM archive_record r "
                    + "WHERE r.sequence = s.sequence AND s.sequence >= " + from);
            broken("SIGNATURE_INVALID")
                    .body("firstBroken.recordId", equalTo(rewritten))
                    .body("firstBroken.sequence", equalTo((int) from));
        } finally {
            restore(original);
            restoreSignatures(signatures);
        }
        assertIntact();
    }

    @Test
    void aTamperedHeadSignatureFailsTheWalk() throws SQLException {
        Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        long head = Db.count("SELECT last_sequence FROM chain_head");
        List<String[]> signatures = signatures(head - 1);
        try {
            // The head's row still names its hash, but carries its predecessor's signature.
            asSuperuser("UPDATE chain_signature SET signature = (SELECT signature FROM chain_signature WHERE "
                    + "sequence = " + (head - 1) + ") WHERE sequence = " + head);
            broken("SIGNATURE_INVALID").body("firstBroken.sequence", equalTo((int) head));
        } finally {
            restoreSignatures(signatures);
        }
        assertIntact();
    }

    /**
     * The walk verifies the head's signature only (it binds every record before it); a middle link's own signature is
     * verified when that record is checked alone, and the walk still asks that its row names the record's hash.
     */
    @Test
    void aTamperedMiddleLinkSignatureFailsTheRecordsOwnCheckAndARowNamingAnotherHashFailsTheWalk()
            throws SQLException {
        String middle = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        long sequence = sequenceOf(middle);
        List<String[]> signatures = signatures(sequence - 1);
        assertEquals(true, linkHolds(sequence));
        try {
            asSuperuser("UPDATE chain_signature SET signature = (SELECT signature FROM chain_signature WHERE "
                    + "sequence = " + (sequence - 1) + ") WHERE sequence = " + sequence);
            assertEquals(false, linkHolds(sequence));
            asSuperuser("UPDATE chain_signature SET record_hash = repeat('f', 64) WHERE sequence = " + sequence);
            broken("SIGNATURE_INVALID").body("firstBroken.recordId", equalTo(middle));
            asSuperuser("DELETE FROM chain_signature WHERE sequence = " + sequence);
            broken("SIGNATURE_INVALID").body("firstBroken.recordId", equalTo(middle));
        } finally {
            restoreSignatures(signatures);
        }
        assertEquals(true, linkHolds(sequence));
        assertIntact();
    }

    /** The RSA chain key's signature rows relabelled as ECDSA: the key decides the algorithm, so they fail. */
    @Test
    void aSignatureRowNamingAnotherAlgorithmThanTheKeysFails() throws SQLException {
        String middle = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        long sequence = sequenceOf(middle);
        long head = Db.count("SELECT last_sequence FROM chain_head");
        List<String[]> signatures = signatures(sequence);
        try {
            Db.tamper("UPDATE chain_signature SET algorithm = 'SHA256withECDSA' WHERE sequence = ?", sequence);
            assertEquals(false, linkHolds(sequence));
            Db.tamper("UPDATE chain_signature SET algorithm = 'SHA256withECDSA' WHERE sequence = ?", head);
            broken("SIGNATURE_INVALID").body("firstBroken.sequence", equalTo((int) sequence));
        } finally {
            restoreSignatures(signatures);
        }
        assertEquals(true, linkHolds(sequence));
        assertIntact();
    }

    @Test
    void aTamperedCheckpointFailsTheWalk() throws SQLException {
        Archive.filed("PUBLIC");
        String id = checkpoint(Tokens.arsiparis()).then().statusCode(201).extract().path("sequence").toString();
        long sequence = Long.parseLong(id);
        try {
            asSuperuser("UPDATE chain_checkpoint SET taken_at = taken_at + interval '1 second', "
                    + "reason = 'tampered-by-test' WHERE sequence = " + sequence
                    + " AND reason = 'before maintenance'");
            broken("CHECKPOINT_MISMATCH").body("firstBroken.sequence", equalTo((int) sequence));
        } finally {
            asSuperuser("DELETE FROM chain_checkpoint WHERE reason = 'tampered-by-test'");
        }
        assertIntact();
    }

    /** The walk's verdict, as the auditor reads it: the chain broken, first with this fault. */
    private static ValidatableResponse broken(String fault) {
        return given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBroken.fault", equalTo(fault));
    }

    private static void assertIntact() {
        given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().body("intact", equalTo(true));
    }

    private static long sequenceOf(String recordId) {
        return Db.count("SELECT sequence FROM archive_record WHERE id = ?::uuid", recordId);
    }

    private boolean linkHolds(long sequence) {
        return QuarkusTransaction.requiringNew().call(() -> chain.linkHolds(
                ArchiveRecordEntity.<ArchiveRecordEntity>find("sequence", sequence).firstResult()));
    }

    /** As the database's superuser, with the append-only triggers skipped (replica mode). */
    private static void asSuperuser(String sql) throws SQLException {
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute(sql);
            }
            c.commit();
        }
    }

    private static List<String[]> signatures(long from) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = Db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM chain_signature WHERE sequence >= " + from)) {
            while (r.next()) {
                rows.add(new String[] {r.getString("sequence"), r.getString("record_hash"), r.getString("algorithm"),
                    r.getString("key_id"), r.getString("signature")});
            }
        }
        return rows;
    }

    private static void restoreSignatures(List<String[]> rows) throws SQLException {
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("DELETE FROM chain_signature WHERE sequence >= " + rows.get(0)[0]);
            }
            for (String[] row : rows) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO chain_signature (sequence, "
                        + "record_hash, algorithm, key_id, signature, signed_at) VALUES (?, ?, ?, ?, ?, now())")) {
                    insert.setLong(1, Long.parseLong(row[0]));
                    for (int i = 1; i < 5; i++) {
                        insert.setString(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
    }

    @Test
    void recordsRemovedFromTheEndWithTheHeadMovedBackAreFoundByACheckpoint() throws SQLException {
        String last = Archive.filed("PUBLIC");
        checkpoint(Tokens.arsiparis()).then().statusCode(201);
        long sequence = sequenceOf(last);
        try (Connection saved = Db.connect()) {
            try (Statement s = saved.createStatement()) {
                s.execute("CREATE TEMP TABLE saved_record AS SELECT * FROM archive_record WHERE sequence = " + sequence);
                s.execute("CREATE TEMP TABLE saved_signature AS SELECT * FROM chain_signature WHERE sequence = "
                        + sequence);
            }
            try (Connection owner = DatabaseRoles.connectAs("archive_owner", SCHEMA)) {
                owner.setAutoCommit(false);
                try (Statement s = owner.createStatement()) {
                    // The owner removes the last record and its signature and moves the head back: every hash holds.
                    s.execute("ALTER TABLE archive_record DISABLE TRIGGER archive_record_immutable");
                    s.execute("ALTER TABLE chain_signature DISABLE TRIGGER chain_signature_immutable");
                    s.execute("UPDATE chain_head SET last_sequence = last_sequence - 1, last_hash = (SELECT "
                            + "previous_hash FROM archive_record WHERE sequence = " + sequence + ") WHERE id = 1");
                    s.execute("DELETE FROM archive_record WHERE sequence = " + sequence);
                    s.execute("DELETE FROM chain_signature WHERE sequence = " + sequence);
                    s.execute("ALTER TABLE archive_record ENABLE TRIGGER archive_record_immutable");
                    s.execute("ALTER TABLE chain_signature ENABLE TRIGGER chain_signature_immutable");
                }
                owner.commit();
            }
            try {
                broken("CHECKPOINT_MISMATCH").body("firstBroken.sequence", equalTo((int) sequence));
            } finally {
                saved.setAutoCommit(false);
                try (Statement s = saved.createStatement()) {
                    s.execute("SET LOCAL session_replication_role = replica");
                    s.execute("INSERT INTO archive_record SELECT * FROM saved_record");
                    s.execute("INSERT INTO chain_signature SELECT * FROM saved_signature");
                    s.execute("UPDATE chain_head SET last_sequence = r.sequence, last_hash = r.record_hash "
                            + "FROM saved_record r WHERE chain_head.id = 1");
                }
                saved.commit();
            }
        }
        assertIntact();
    }

    private static io.restassured.response.Response checkpoint(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reason\":\"before maintenance\"}")
                .post(RECORDS + "/chain/checkpoints");
    }

    /**
     * What an owner of the schema can do: switch the trigger off, change the content, and recompute the content hash,
     * the record hash of the changed record and of every later one, and the head, exactly as the service does.
     */
    private static void rewriteAsOwner(String recordId, long from) throws SQLException {
        try (Connection owner = DatabaseRoles.connectAs("archive_owner", SCHEMA)) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("ALTER TABLE archive_record DISABLE TRIGGER archive_record_immutable");
            }
            String content = text(owner, "SELECT content FROM archive_record WHERE id = '" + recordId + "'")
                    .replace("87.5", "99.9");
            update(owner, "UPDATE archive_record SET content = ?, content_hash = ? WHERE id = ?::uuid",
                    content, Archive.sha256(content), recordId);
            owner.commit();
            String previous = text(owner, "SELECT previous_hash FROM archive_record WHERE sequence = " + from);
            long last = Db.count("SELECT max(sequence) FROM archive_record");
            for (long sequence = from; sequence <= last; sequence++) {
                String hash = ChainLink.hash(previous, facts(sequence));
                update(owner, "UPDATE archive_record SET previous_hash = ?, record_hash = ? WHERE sequence = "
                        + sequence, previous, hash);
                owner.commit();
                previous = hash;
            }
            update(owner, "UPDATE chain_head SET last_hash = ? WHERE id = 1", previous);
            try (Statement s = owner.createStatement()) {
                s.execute("ALTER TABLE archive_record ENABLE TRIGGER archive_record_immutable");
            }
            owner.commit();
        }
    }

    /** The record's facts as the service hashes them, read back through the service's own mapping. */
    private static java.util.Map<String, Object> facts(long sequence) {
        return QuarkusTransaction.requiringNew().call(() ->
                ArchiveRecordEntity.<ArchiveRecordEntity>find("sequence", sequence).firstResult().chainFacts());
    }

    private static List<String[]> snapshot(long from) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = Db.connect()) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, content, content_hash, previous_hash, record_hash "
                         + "FROM archive_record WHERE sequence >= " + from)) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5)});
                }
            }
            rows.add(new String[] {null, text(c, "SELECT last_hash FROM chain_head")});
        }
        return rows;
    }

    private static void restore(List<String[]> rows) throws SQLException {
        try (Connection owner = DatabaseRoles.connectAs("archive_owner", SCHEMA)) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("ALTER TABLE archive_record DISABLE TRIGGER archive_record_immutable");
            }
            for (String[] row : rows) {
                if (row[0] == null) {
                    update(owner, "UPDATE chain_head SET last_hash = ? WHERE id = 1", row[1]);
                } else {
                    update(owner, "UPDATE archive_record SET content = ?, content_hash = ?, previous_hash = ?, "
                            + "record_hash = ? WHERE id = ?::uuid", row[1], row[2], row[3], row[4], row[0]);
                }
            }
            try (Statement s = owner.createStatement()) {
                s.execute("ALTER TABLE archive_record ENABLE TRIGGER archive_record_immutable");
            }
            owner.commit();
        }
    }

    private static void refused(Connection c, String sql) {
        RuntimeRole.assertRefused(c, sql);
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setString(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }

    private static PublicKey publicKey(String pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
