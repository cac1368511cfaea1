package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.service.ArchiveChain;
import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.ChainSigning;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.seal.SealVerifier;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import id.go.kalbarprov.sop.platform.testing.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chain key was rotated from an RSA key to an EC P-256 one ({@code chain-test-ec-private.pem}), the RSA key's
 * public half listed in {@code sop.archive.chain.retired-public-keys}: the links and checkpoints the retired key signed
 * still verify, new ones are signed by the current key, and neither a signature by another key claiming the retired
 * key's id nor a key id the keyring does not hold passes. {@link EcChainKeyTest} (the same current key, no retired one)
 * finds the same chain broken.
 */
@QuarkusTest
@TestProfile(ChainKeyRotationTest.Rotated.class)
class ChainKeyRotationTest {

    private static final String RECORDS = "/api/v1/records";

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.archive.chain.private-key-location", "chain-test-ec-private.pem",
                    "sop.archive.chain.retired-public-keys", ChainSigning.RETIRED_PUBLIC_KEY);
        }
    }

    @Inject
    ArchiveChain chain;

    @Test
    void whatTheRetiredKeySignedStillVerifiesAndWhatFollowsIsSignedByTheCurrentKey() {
        String first = Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        checkpoint("before the rotation");
        SigningKey retired = ChainSigning.retired();
        ChainSigning.Saved saved = ChainSigning.save();
        try {
            ChainSigning.signEverything(retired);
            long head = head();
            assertEquals(retired.keyId(), keyIdOfLink(head));
            assertEquals(KeyAlgorithms.RSA_SHA256, retired.algorithm());
            walk().body("intact", equalTo(true)).body("checked", equalTo((int) head));
            assertTrue(linkHolds(sequenceOf(first)));
            assertTrue(linkHolds(head));

            String current = given().get(RECORDS + "/chain/key").then().statusCode(200)
                    .body("algorithm", equalTo(KeyAlgorithms.ECDSA_SHA256)).extract().path("keyId");
            assertNotEquals(retired.keyId(), current);
            long next = sequenceOf(Archive.filed("PUBLIC"));
            assertEquals(current, keyIdOfLink(next));
            checkpoint("after the rotation").body("keyId", equalTo(current))
                    .body("algorithm", equalTo(KeyAlgorithms.ECDSA_SHA256));
            walk().body("intact", equalTo(true)).body("checked", equalTo((int) next));
            assertTrue(linkHolds(head));
            assertTrue(linkHolds(next));
        } finally {
            saved.restore();
        }
        walk().body("intact", equalTo(true));
    }

    /**
     * A verifier outside, without an account, takes the published keyring and checks a checkpoint the retired key
     * signed against it: it holds under the retired key's id, and not once its time is changed.
     */
    @Test
    void aVerifierOutsideChecksWhatTheRetiredKeySignedWithThePublishedKeyring() {
        Archive.filed("PUBLIC");
        UUID id = checkpointId("before the rotation");
        SigningKey retired = ChainSigning.retired();
        ChainSigning.Saved saved = ChainSigning.save();
        try {
            ChainSigning.signEverything(retired);
            Keyring keyring = given().get(RECORDS + "/chain/keys").then().statusCode(200).extract().as(Keyring.class);
            String current = given().get(RECORDS + "/chain/key").then().extract().path("keyId");
            assertEquals(Set.of(current, retired.keyId()),
                    keyring.keys().stream().map(PublishedKey::keyId).collect(Collectors.toSet()));

            Map<String, Object> checkpoint = Db.rows("SELECT sequence, record_hash, taken_at, algorithm, key_id, "
                    + "signature FROM chain_checkpoint WHERE id = ?", id).get(0);
            assertEquals(retired.keyId(), checkpoint.get("key_id"));
            long sequence = ((Number) checkpoint.get("sequence")).longValue();
            Instant takenAt = ((java.sql.Timestamp) checkpoint.get("taken_at")).toInstant();
            byte[] statement = ChainSignature.checkpoint(sequence, (String) checkpoint.get("record_hash"), takenAt);
            assertTrue(SealVerifier.verify(statement, (String) checkpoint.get("algorithm"), retired.keyId(),
                    (String) checkpoint.get("signature"), keyring).valid());
            byte[] moved = ChainSignature.checkpoint(sequence, (String) checkpoint.get("record_hash"),
                    takenAt.plusSeconds(1));
            assertFalse(SealVerifier.verify(moved, (String) checkpoint.get("algorithm"), retired.keyId(),
                    (String) checkpoint.get("signature"), keyring).valid());
            assertFalse(SealVerifier.verify(statement, (String) checkpoint.get("algorithm"), current,
                    (String) checkpoint.get("signature"), keyring).valid());
        } finally {
            saved.restore();
        }
    }

    @Test
    void linksOrACheckpointReSignedByAnAttackersKeyClaimingTheRetiredKeysIdAreABreak() {
        Archive.filed("PUBLIC");
        long rewritten = sequenceOf(Archive.filed("PUBLIC"));
        Archive.filed("PUBLIC");
        UUID checkpoint = checkpointId("before the rotation");
        SigningKey retired = ChainSigning.retired();
        SigningKey attacker = ChainSigning.attacker(retired.keyId());
        ChainSigning.Saved saved = ChainSigning.save();
        try {
            ChainSigning.signEverything(retired);
            walk().body("intact", equalTo(true));

            ChainSigning.signLink(rewritten, attacker);
            assertFalse(linkHolds(rewritten));
            // a rewrite from there on, every link after it signed by the attacker too: traced to the first
            for (long sequence = rewritten + 1; sequence <= head(); sequence++) {
                ChainSigning.signLink(sequence, attacker);
            }
            assertTrue(linkHolds(rewritten - 1));
            broken("SIGNATURE_INVALID").body("firstBroken.sequence", equalTo((int) rewritten));

            ChainSigning.signEverything(retired);
            walk().body("intact", equalTo(true));
            ChainSigning.signCheckpoint(checkpoint, attacker);
            broken("CHECKPOINT_MISMATCH");
        } finally {
            saved.restore();
        }
        walk().body("intact", equalTo(true));
    }

    @Test
    void aKeyIdTheKeyringDoesNotHoldOrAnotherKeysSignatureIsABreak() {
        Archive.filed("PUBLIC");
        Archive.filed("PUBLIC");
        UUID checkpoint = checkpointId("before the rotation");
        SigningKey retired = ChainSigning.retired();
        ChainSigning.Saved saved = ChainSigning.save();
        try {
            ChainSigning.signEverything(retired);
            long head = head();
            walk().body("intact", equalTo(true));

            // the retired key's own signature, recorded under an id the keyring does not hold
            Db.tamper("UPDATE chain_signature SET key_id = 'chain-0000000000000000' WHERE sequence = ?", head);
            assertFalse(linkHolds(head));
            broken("SIGNATURE_INVALID").body("firstBroken.sequence", equalTo((int) head));
            // an unknown key signing under its own id
            ChainSigning.signLink(head, ChainSigning.attacker("chain-attacker"));
            assertFalse(linkHolds(head));
            broken("SIGNATURE_INVALID").body("firstBroken.sequence", equalTo((int) head));
            // the retired key's signature recorded under the current key's id
            String current = given().get(RECORDS + "/chain/key").then().extract().path("keyId");
            ChainSigning.signLink(head, retired);
            Db.tamper("UPDATE chain_signature SET key_id = ? WHERE sequence = ?", current, head);
            assertFalse(linkHolds(head));
            broken("SIGNATURE_INVALID").body("firstBroken.sequence", equalTo((int) head));

            ChainSigning.signLink(head, retired);
            walk().body("intact", equalTo(true));
            Db.tamper("UPDATE chain_checkpoint SET key_id = 'chain-0000000000000000' WHERE id = ?", checkpoint);
            broken("CHECKPOINT_MISMATCH");
        } finally {
            saved.restore();
        }
        walk().body("intact", equalTo(true));
    }

    private static ValidatableResponse checkpoint(String reason) {
        return given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).post(RECORDS + "/chain/checkpoints").then().statusCode(201);
    }

    /** A checkpoint taken now, by its id. */
    private static UUID checkpointId(String reason) {
        String unique = reason + " " + UUID.randomUUID();
        checkpoint(unique);
        return (UUID) Db.rows("SELECT id FROM chain_checkpoint WHERE reason = ?", unique).get(0).get("id");
    }

    private static ValidatableResponse walk() {
        return given().auth().oauth2(Tokens.auditor()).get(RECORDS + "/verification").then().statusCode(200);
    }

    private static ValidatableResponse broken(String fault) {
        return walk().body("intact", equalTo(false)).body("firstBroken.fault", equalTo(fault));
    }

    private static long head() {
        return Db.count("SELECT last_sequence FROM chain_head");
    }

    private static String keyIdOfLink(long sequence) {
        return (String) Db.rows("SELECT key_id FROM chain_signature WHERE sequence = ?", sequence).get(0).get("key_id");
    }

    private static long sequenceOf(String recordId) {
        return Db.count("SELECT sequence FROM archive_record WHERE id = ?::uuid", recordId);
    }

    private boolean linkHolds(long sequence) {
        return QuarkusTransaction.requiringNew().call(() -> chain.linkHolds(
                ArchiveRecordEntity.<ArchiveRecordEntity>find("sequence", sequence).firstResult()));
    }
}
