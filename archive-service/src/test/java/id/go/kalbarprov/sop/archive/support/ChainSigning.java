package id.go.kalbarprov.sop.archive.support;

import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import id.go.kalbarprov.sop.platform.testing.Db;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The chain's stored signatures rewritten as another key signs them, as someone with direct database access could
 * write them: a retired chain key's (a chain signed before a rotation), or an attacker's key claiming any key id.
 */
public final class ChainSigning {

    /** An RSA chain key that signed before it was rotated; {@link #RETIRED_PUBLIC_KEY} is its public half. */
    public static final String RETIRED_PRIVATE_KEY = "chain-test-retired-private.pem";
    public static final String RETIRED_PUBLIC_KEY = "chain-test-retired-public.pem";

    private ChainSigning() {
    }

    /** The retired key, under the id it had when it was the current key and no key id was configured. */
    public static SigningKey retired() {
        return SigningKey.load(Optional.of(RETIRED_PRIVATE_KEY), Optional.empty(), "chain", "the retired test key");
    }

    /** A fresh RSA key that nobody configured, signing under {@code claimedKeyId}. */
    public static SigningKey attacker(String claimedKeyId) {
        try {
            Path file = Files.createTempFile("attacker", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, Pem.write("PRIVATE KEY",
                    KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate().getEncoded()));
            return SigningKey.load(Optional.of("file:" + file), Optional.of(claimedKeyId), "chain", "the attacker's");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every link and every checkpoint signed again by {@code key}, as if it had signed them all. */
    public static void signEverything(SigningKey key) {
        for (Map<String, Object> link : Db.rows("SELECT sequence FROM chain_signature")) {
            signLink(((Number) link.get("sequence")).longValue(), key);
        }
        for (Map<String, Object> checkpoint : Db.rows("SELECT id FROM chain_checkpoint")) {
            signCheckpoint((UUID) checkpoint.get("id"), key);
        }
    }

    /** The link at {@code sequence} signed again by {@code key}, under its key id and algorithm. */
    public static void signLink(long sequence, SigningKey key) {
        String recordHash = (String) Db.rows("SELECT record_hash FROM chain_signature WHERE sequence = ?", sequence)
                .get(0).get("record_hash");
        Db.tamper("UPDATE chain_signature SET algorithm = ?, key_id = ?, signature = ? WHERE sequence = ?",
                key.algorithm(), key.keyId(), key.sign(ChainSignature.link(sequence, recordHash)), sequence);
    }

    /** The checkpoint signed again by {@code key}, under its key id and algorithm. */
    public static void signCheckpoint(UUID id, SigningKey key) {
        Map<String, Object> row = Db.rows("SELECT sequence, record_hash, taken_at FROM chain_checkpoint WHERE id = ?",
                id).get(0);
        byte[] statement = ChainSignature.checkpoint(((Number) row.get("sequence")).longValue(),
                (String) row.get("record_hash"), ((Timestamp) row.get("taken_at")).toInstant());
        Db.tamper("UPDATE chain_checkpoint SET algorithm = ?, key_id = ?, signature = ? WHERE id = ?",
                key.algorithm(), key.keyId(), key.sign(statement), id);
    }

    /** The stored signatures as they are now, to be put back with {@link Saved#restore()}. */
    public static Saved save() {
        return new Saved(Db.rows("SELECT sequence, algorithm, key_id, signature FROM chain_signature"),
                Db.rows("SELECT id, algorithm, key_id, signature FROM chain_checkpoint"));
    }

    public record Saved(List<Map<String, Object>> links, List<Map<String, Object>> checkpoints) {

        public void restore() {
            for (Map<String, Object> link : links) {
                Db.tamper("UPDATE chain_signature SET algorithm = ?, key_id = ?, signature = ? WHERE sequence = ?",
                        link.get("algorithm"), link.get("key_id"), link.get("signature"), link.get("sequence"));
            }
            for (Map<String, Object> checkpoint : checkpoints) {
                Db.tamper("UPDATE chain_checkpoint SET algorithm = ?, key_id = ?, signature = ? WHERE id = ?",
                        checkpoint.get("algorithm"), checkpoint.get("key_id"), checkpoint.get("signature"),
                        checkpoint.get("id"));
            }
        }
    }
}
