package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.service.ArchiveChain;
import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.ChainSigning;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.platform.testing.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chain key is EC P-256 ({@code chain-test-ec-private.pem}): links and checkpoints are signed with ECDSA, the walk
 * and the single record's check hold, the published key verifies a link alone, and a tampered signature or a row
 * naming RSA over the EC key's id fails. No key is retired: a chain that a former key signed, the one
 * {@link ChainKeyRotationTest} verifies with that key retired, is broken here.
 */
@QuarkusTest
@TestProfile(EcChainKeyTest.EcChainKey.class)
class EcChainKeyTest {

    private static final String RECORDS = "/api/v1/records";

    public static class EcChainKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.archive.chain.private-key-location", "chain-test-ec-private.pem");
        }
    }

    @Inject
    ArchiveChain chain;

    @Test
    void linksAndCheckpointsAreSignedWithEcdsaAndTheChainHolds() throws Exception {
        String first = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        String pem = given().get(RECORDS + "/chain/key").then().statusCode(200)
                .body("algorithm", equalTo(KeyAlgorithms.ECDSA_SHA256)).extract().path("pem");
        long sequence = sequenceOf(first);
        Map<String, Object> row = Db.rows("SELECT record_hash, algorithm, signature FROM chain_signature "
                + "WHERE sequence = ?", sequence).get(0);
        assertEquals(KeyAlgorithms.ECDSA_SHA256, row.get("algorithm"));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(KeyAlgorithms.publicKey(Pem.decode(pem)));
        verifier.update(ChainSignature.link(sequence, (String) row.get("record_hash")));
        assertTrue(verifier.verify(Base64.getDecoder().decode((String) row.get("signature"))));

        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON)
                .body("{\"reason\":\"before maintenance\"}").post(RECORDS + "/chain/checkpoints").then()
                .statusCode(201).body("algorithm", equalTo(KeyAlgorithms.ECDSA_SHA256));
        assertEquals(true, linkHolds(sequence));
        walk().body("intact", equalTo(true))
                .body("checked", equalTo((int) Db.count("SELECT last_sequence FROM chain_head")));
    }

    @Test
    void aTamperedSignatureOrARowNamingRsaOverTheEcKeyFails() {
        String middle = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        long sequence = sequenceOf(middle);
        long head = Db.count("SELECT last_sequence FROM chain_head");
        List<Map<String, Object>> saved = Db.rows("SELECT sequence, algorithm, signature FROM chain_signature "
                + "WHERE sequence IN (?, ?) ORDER BY sequence", sequence, head);
        try {
            String signature = (String) saved.get(0).get("signature");
            byte[] bytes = Base64.getDecoder().decode(signature);
            bytes[bytes.length - 2] ^= 0x01;
            Db.tamper("UPDATE chain_signature SET signature = ? WHERE sequence = ?",
                    Base64.getEncoder().encodeToString(bytes), sequence);
            assertEquals(false, linkHolds(sequence));
            restore(saved);
            assertEquals(true, linkHolds(sequence));

            Db.tamper("UPDATE chain_signature SET algorithm = ? WHERE sequence = ?", KeyAlgorithms.RSA_SHA256,
                    sequence);
            assertEquals(false, linkHolds(sequence));
            Db.tamper("UPDATE chain_signature SET algorithm = ? WHERE sequence = ?", KeyAlgorithms.RSA_SHA256, head);
            walk().body("intact", equalTo(false)).body("firstBroken.fault", equalTo("SIGNATURE_INVALID"))
                    .body("firstBroken.sequence", equalTo((int) sequence));
        } finally {
            restore(saved);
        }
        assertEquals(true, linkHolds(sequence));
        walk().body("intact", equalTo(true));
    }

    @Test
    void aChainSignedByAFormerKeyThatIsNotListedAsRetiredIsBroken() {
        String first = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON)
                .body("{\"reason\":\"before the rotation\"}").post(RECORDS + "/chain/checkpoints").then()
                .statusCode(201);
        ChainSigning.Saved saved = ChainSigning.save();
        try {
            ChainSigning.signEverything(ChainSigning.retired());
            assertEquals(false, linkHolds(sequenceOf(first)));
            assertEquals(false, linkHolds(Db.count("SELECT last_sequence FROM chain_head")));
            // the walk meets a checkpoint the former key signed before it reaches the head's signature
            walk().body("intact", equalTo(false)).body("firstBroken.fault", equalTo("CHECKPOINT_MISMATCH"))
                    .body("firstBroken.sequence", equalTo((int) Db.count("SELECT min(sequence) FROM chain_checkpoint")));
        } finally {
            saved.restore();
        }
        walk().body("intact", equalTo(true));
    }

    private static void restore(List<Map<String, Object>> saved) {
        for (Map<String, Object> row : saved) {
            Db.tamper("UPDATE chain_signature SET algorithm = ?, signature = ? WHERE sequence = ?",
                    row.get("algorithm"), row.get("signature"), row.get("sequence"));
        }
    }

    private static ValidatableResponse walk() {
        return given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(200);
    }

    private static long sequenceOf(String recordId) {
        return Db.count("SELECT sequence FROM archive_record WHERE id = ?::uuid", recordId);
    }

    private boolean linkHolds(long sequence) {
        return QuarkusTransaction.requiringNew().call(() -> chain.linkHolds(
                ArchiveRecordEntity.<ArchiveRecordEntity>find("sequence", sequence).firstResult()));
    }
}
