package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.archive.domain.ChainLink;
import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.archive.domain.ChainVerification;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.persistence.ChainCheckpointEntity;
import id.go.kalbarprov.sop.archive.signing.ChainKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Appends records to the integrity chain and walks it. The chain head row is locked by every append until commit,
 * so concurrent filings queue and no two records ever name the same predecessor. Every link is signed with the chain
 * key as it is appended, and the head is checkpointed (signed, recorded, logged) now and then: the walk checks both.
 */
@ApplicationScoped
public class ArchiveChain {

    private static final int BATCH = 100;
    /** The advisory lock a full walk holds, on every replica the same: one walk at a time across the service. */
    public static final long WALK_LOCK = 0x5f0f_c4a1_0000_0001L;
    private static final Logger LOG = Logger.getLogger(ArchiveChain.class);

    @Inject
    EntityManager em;

    @Inject
    ChainKey key;

    /** Gives the record its place in the chain, persists it and moves the head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArchiveRecordEntity append(ArchiveRecordEntity record) {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        record.sequence = ((Number) head[0]).longValue() + 1;
        record.previousHash = (String) head[1];
        record.recordHash = ChainLink.hash(record.previousHash, record.chainFacts());
        record.persist();
        em.createNativeQuery("UPDATE chain_head SET last_sequence = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, record.sequence).setParameter(2, record.recordHash).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO chain_signature (sequence, record_hash, algorithm, key_id, signature, signed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, now())""")
                .setParameter(1, record.sequence).setParameter(2, record.recordHash)
                .setParameter(3, key.algorithm()).setParameter(4, key.keyId())
                .setParameter(5, key.sign(ChainSignature.link(record.sequence, record.recordHash)))
                .executeUpdate();
        return record;
    }

    /**
     * Signs the head as it stands, records the checkpoint and writes it to the log, one INFO line for an operator to
     * keep elsewhere: a rewrite of the chain in the database cannot reach a copy kept outside it.
     */
    @Transactional
    public ChainCheckpointEntity checkpoint(String reason) {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM chain_head WHERE id = 1").getSingleResult();
        ChainCheckpointEntity checkpoint = new ChainCheckpointEntity();
        checkpoint.id = UUID.randomUUID();
        checkpoint.sequence = ((Number) head[0]).longValue();
        checkpoint.recordHash = (String) head[1];
        // Whole milliseconds: the signed text must read back the same from the database.
        checkpoint.takenAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        checkpoint.reason = reason.strip();
        checkpoint.algorithm = key.algorithm();
        checkpoint.keyId = key.keyId();
        checkpoint.signature = key.sign(
                ChainSignature.checkpoint(checkpoint.sequence, checkpoint.recordHash, checkpoint.takenAt));
        checkpoint.persist();
        LOG.infof("chain checkpoint sequence=%d recordHash=%s takenAt=%s algorithm=%s keyId=%s signature=%s",
                checkpoint.sequence, checkpoint.recordHash, checkpoint.takenAt, checkpoint.algorithm,
                checkpoint.keyId, checkpoint.signature);
        return checkpoint;
    }

    /** A checkpoint, unless the head has not moved since the last one. */
    @Transactional
    public Optional<ChainCheckpointEntity> checkpointIfMoved() {
        long head = ((Number) em.createNativeQuery("SELECT last_sequence FROM chain_head WHERE id = 1")
                .getSingleResult()).longValue();
        Optional<ChainCheckpointEntity> last = ChainCheckpointEntity.<ChainCheckpointEntity>find(
                "order by takenAt desc").firstResultOptional();
        if (last.isPresent() && last.get().sequence == head) {
            return Optional.empty();
        }
        return Optional.of(checkpoint("scheduled"));
    }

    /** Recorded checkpoints, newest first. */
    @Transactional
    public List<ChainCheckpointEntity> checkpoints(int page, int size) {
        return ChainCheckpointEntity.<ChainCheckpointEntity>find("order by takenAt desc, sequence desc")
                .page(page, size).list();
    }

    @Transactional
    public long checkpointCount() {
        return ChainCheckpointEntity.count();
    }

    /**
     * Walks the whole chain unless a walk is already running on any replica (a PostgreSQL advisory lock held for the
     * walk's transaction): then empty. See {@link #walk()}.
     */
    @Transactional
    public Optional<Report> verifyUnlessRunning() {
        // One snapshot for the whole walk, so that filings committed meanwhile do not look like a broken tail.
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
        boolean alone = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, WALK_LOCK).getSingleResult();
        return alone ? Optional.of(walk()) : Optional.empty();
    }

    /**
     * Re-reads every record in filing order, recomputing hashes, and reports the first link that does not hold. Its
     * memory is bounded whatever the chain's length and the records' size: keyset batches of {@value #BATCH} records'
     * facts (their content and PDF are lazy and never loaded here), the persistence context cleared after each, and
     * each content's SHA-256 recomputed from the stored text by the database, so no content crosses into the heap.
     */
    private Report walk() {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM chain_head WHERE id = 1").getSingleResult();
        long headSequence = ((Number) head[0]).longValue();
        String headHash = (String) head[1];
        Map<Long, Object[]> signatures = new HashMap<>();
        ChainVerification verification = new ChainVerification(
                (sequence, recordHash) -> signatureHolds(signatures.get(sequence), sequence, recordHash),
                checkpointsToVerify());
        long after = 0;
        while (true) {
            List<ArchiveRecordEntity> batch = ArchiveRecordEntity.find("sequence > ?1 order by sequence", after)
                    .page(0, BATCH).list();
            signatures.clear();
            Map<Long, String> storedContentHashes = new HashMap<>();
            if (!batch.isEmpty()) {
                long last = batch.get(batch.size() - 1).sequence;
                signaturesBetween(after, last).forEach(row -> signatures.put(((Number) row[0]).longValue(), row));
                storedContentHashesBetween(after, last).forEach(row ->
                        storedContentHashes.put(((Number) row[0]).longValue(), (String) row[1]));
            }
            for (ArchiveRecordEntity record : batch) {
                Optional<ChainVerification.Break> broken = verification.check(new ChainVerification.StoredLink(
                        record.sequence, record.id, record.previousHash, record.recordHash, record.contentHash,
                        storedContentHashes.get(record.sequence), record.chainFacts()));
                if (broken.isPresent()) {
                    return new Report(false, verification.checked(), headSequence, headHash, broken.get(),
                            now());
                }
                after = record.sequence;
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        Optional<ChainVerification.Break> end = verification.checkEnd(headSequence, headHash);
        return new Report(end.isEmpty(), verification.checked(), headSequence, headHash, end.orElse(null),
                now());
    }

    /** Whole microseconds: the time reads back the same from the database where it is kept. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * One record's link, without walking the chain: its content and facts still hash to its record hash, the archive's
     * chain key signed that hash, and its neighbours link to it (the record before ends where it starts, the record
     * after starts where it ends).
     */
    @Transactional
    public boolean linkHolds(ArchiveRecordEntity record) {
        if (!ContentHash.sha256(record.content).equals(record.contentHash)
                || !ChainLink.hash(record.previousHash, record.chainFacts()).equals(record.recordHash)) {
            return false;
        }
        List<Object[]> signature = signaturesBetween(record.sequence - 1, record.sequence);
        if (signature.size() != 1 || !signatureHolds(signature.get(0), record.sequence, record.recordHash)) {
            return false;
        }
        boolean before = record.sequence == 1 ? ChainLink.GENESIS.equals(record.previousHash)
                : ArchiveRecordEntity.count("sequence = ?1 and recordHash = ?2", record.sequence - 1,
                record.previousHash) == 1;
        boolean after = ArchiveRecordEntity.count("sequence = ?1", record.sequence + 1) == 0
                || ArchiveRecordEntity.count("sequence = ?1 and previousHash = ?2", record.sequence + 1,
                record.recordHash) == 1;
        return before && after;
    }

    /**
     * The SHA-256 of each content as stored now, computed where it is stored. The functions are named with their
     * schema, so that no function the schema's owner might add under the same name is called instead.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> storedContentHashesBetween(long after, long last) {
        return em.createNativeQuery("""
                        SELECT sequence,
                               pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(content, 'UTF8')), 'hex')
                          FROM archive_record WHERE sequence > ?1 AND sequence <= ?2""")
                .setParameter(1, after).setParameter(2, last).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> signaturesBetween(long after, long last) {
        return em.createNativeQuery("""
                        SELECT sequence, record_hash, algorithm, key_id, signature FROM chain_signature
                         WHERE sequence > ?1 AND sequence <= ?2""")
                .setParameter(1, after).setParameter(2, last).getResultList();
    }

    private boolean signatureHolds(Object[] row, long sequence, String recordHash) {
        return row != null && recordHash.equals(row[1]) && key.verifies(ChainSignature.link(sequence, recordHash),
                (String) row[2], (String) row[3], (String) row[4]);
    }

    private List<ChainVerification.Checkpoint> checkpointsToVerify() {
        return ChainCheckpointEntity.<ChainCheckpointEntity>listAll().stream()
                .map(c -> new ChainVerification.Checkpoint(c.sequence, c.recordHash, key.verifies(
                        ChainSignature.checkpoint(c.sequence, c.recordHash, c.takenAt), c.algorithm, c.keyId,
                        c.signature)))
                .toList();
    }

    public record Report(boolean intact, long checked, long lastSequence, @Schema(pattern = Limits.SHA256) String lastHash,
                         ChainVerification.Break firstBroken, Instant verifiedAt) {
    }
}
