package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.archive.domain.ChainLink;
import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.archive.domain.ChainVerification;
import id.go.kalbarprov.sop.archive.config.ArchiveConfig;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.persistence.ChainCheckpointEntity;
import id.go.kalbarprov.sop.archive.signing.ChainKey;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Appends records to the integrity chain and walks it. The chain head row is locked by every append until commit,
 * so concurrent filings queue and no two records ever name the same predecessor. Every link is signed with the chain
 * key as it is appended, and the head is checkpointed (signed, recorded, logged) now and then. The walk verifies the
 * checkpoints' signatures and the head link's, and that every link has its signature row; one record checked alone
 * ({@link #linkHolds}) has its own link's signature verified. Each signature is verified under the key its row names:
 * the current chain key or a retired one ({@link ChainKey}); new links and checkpoints are signed by the current key.
 */
@ApplicationScoped
public class ArchiveChain {

    /** The advisory lock a full walk holds, on every replica the same: one walk at a time across the service. */
    public static final long WALK_LOCK = 0x5f0f_c4a1_0000_0001L;
    private static final Logger LOG = Logger.getLogger(ArchiveChain.class);

    @Inject
    EntityManager em;

    @Inject
    ChainKey key;

    @Inject
    ChainRows rows;

    @Inject
    ArchiveConfig config;

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
     * walk's transaction): then empty. See {@link #walk()}. The transaction may last up to 15 minutes (read-only, one
     * snapshot): a walk over millions of records on a busy host outlasts the default minute.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Optional<Report> verifyUnlessRunning() {
        // One snapshot for the whole walk, so that filings committed meanwhile do not look like a broken tail.
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
        boolean alone = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, WALK_LOCK).getSingleResult();
        return alone ? Optional.of(walk()) : Optional.empty();
    }

    /**
     * Re-reads every record in filing order and reports the first link that does not hold: each record's hash
     * recomputed from its facts and the hash before it, each content's SHA-256 recomputed from the stored text by the
     * database (no content crosses into the heap), each record's signature row present and naming its record hash,
     * every checkpoint on the recomputed chain with its signature verified, and the head link's signature verified.
     * One RSA verification for the head binds the whole chain, since each record hash commits to its predecessor's
     * (see {@link ChainVerification}); each link's own signature is verified when that record is checked alone
     * ({@link #linkHolds}). When the head's signature fails, bisection names the first link whose signature fails.
     * <p>
     * Memory is bounded whatever the chain's length: windows of {@code sop.archive.chain.walk-window} plain rows by
     * sequence range (the needed columns only, no entities, no persistence context), two windows at a time (see
     * {@link ChainRows}).
     */
    private Report walk() {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM chain_head WHERE id = 1").getSingleResult();
        long headSequence = ((Number) head[0]).longValue();
        String headHash = (String) head[1];
        ChainVerification verification = new ChainVerification(
                (sequence, recordHash) -> signatureHolds(signatureAt(sequence), sequence, recordHash),
                checkpointsToVerify());
        Optional<ChainVerification.Break> broken = em.unwrap(Session.class)
                .doReturningWork(connection -> walkRows(connection, verification));
        if (broken.isPresent()) {
            return new Report(false, verification.checked(), headSequence, headHash, broken.get(), now());
        }
        Optional<ChainVerification.Break> end = verification.checkEnd(headSequence, headHash);
        if (end.isPresent() && end.get().fault() == ChainVerification.Fault.SIGNATURE_INVALID) {
            long first = ChainVerification.firstUnsigned(headSequence, this::storedLinkSigned);
            end = Optional.of(new ChainVerification.Break(first, recordIdAt(first),
                    ChainVerification.Fault.SIGNATURE_INVALID));
        }
        return new Report(end.isEmpty(), verification.checked(), headSequence, headHash, end.orElse(null),
                now());
    }

    /**
     * The chain's records and their signature rows through the verification, in windows of
     * {@code sop.archive.chain.walk-window} sequences up to the last record stored: the first break. Each window's
     * links are checked by themselves (hashes recomputed) on the common pool while the next window is read, then with
     * this thread's help, then in order. A gap in the sequences breaks the link after it.
     */
    private Optional<ChainVerification.Break> walkRows(Connection connection, ChainVerification verification)
            throws SQLException {
        long last;
        try (PreparedStatement max = connection.prepareStatement("SELECT max(sequence) FROM archive_record");
             ResultSet row = max.executeQuery()) {
            row.next();
            last = row.getLong(1);
        }
        Window checking = null;
        try (PreparedStatement window = connection.prepareStatement(rows.window)) {
            int size = config.chain().walkWindow();
            for (long after = 0; after < last; after += size) {
                Window read = Window.checkedBy(verification, rows.read(window, after, after + size));
                if (checking != null) {
                    Optional<ChainVerification.Break> broken = checking.inOrder();
                    if (broken.isPresent()) {
                        return broken;
                    }
                }
                checking = read;
            }
        }
        return checking == null ? Optional.empty() : checking.inOrder();
    }

    /**
     * A window of links and what is wrong with each by itself (null: nothing), worked out by whichever threads get to
     * it: the common pool's while the walk reads the next window, then the walk's own until none is left, so that
     * every core hashes (the common pool has one thread fewer than the machine has cores).
     */
    private static final class Window {

        /** Links taken at a time by one thread. */
        private static final int CLAIM = 64;

        private final ChainVerification verification;
        private final List<ChainVerification.StoredLink> links;
        private final ChainVerification.Fault[] ownFaults;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch claimsLeft;
        private volatile RuntimeException failure;

        private Window(ChainVerification verification, List<ChainVerification.StoredLink> links) {
            this.verification = verification;
            this.links = links;
            this.ownFaults = new ChainVerification.Fault[links.size()];
            this.claimsLeft = new CountDownLatch((links.size() + CLAIM - 1) / CLAIM);
        }

        static Window checkedBy(ChainVerification verification, List<ChainVerification.StoredLink> links) {
            Window window = new Window(verification, links);
            for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism(); i++) {
                ForkJoinPool.commonPool().execute(window::work);
            }
            return window;
        }

        private void work() {
            for (int from = next.getAndAdd(CLAIM); from < links.size(); from = next.getAndAdd(CLAIM)) {
                try {
                    for (int i = from; i < Math.min(from + CLAIM, links.size()); i++) {
                        ownFaults[i] = verification.ownFault(links.get(i)).orElse(null);
                    }
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    claimsLeft.countDown();
                }
            }
        }

        Optional<ChainVerification.Break> inOrder() {
            work();
            try {
                claimsLeft.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while walking the chain", e);
            }
            if (failure != null) {
                throw failure;
            }
            for (int i = 0; i < ownFaults.length; i++) {
                Optional<ChainVerification.Break> broken =
                        verification.check(links.get(i), Optional.ofNullable(ownFaults[i]));
                if (broken.isPresent()) {
                    return broken;
                }
            }
            return Optional.empty();
        }
    }

    /** Whether the link at {@code sequence}, as stored, carries a valid signature by a chain key, current or retired. */
    private boolean storedLinkSigned(long sequence) {
        List<?> hash = em.createNativeQuery("SELECT record_hash FROM archive_record WHERE sequence = ?1")
                .setParameter(1, sequence).getResultList();
        return hash.size() == 1 && signatureHolds(signatureAt(sequence), sequence, (String) hash.get(0));
    }

    private UUID recordIdAt(long sequence) {
        List<?> id = em.createNativeQuery("SELECT id FROM archive_record WHERE sequence = ?1")
                .setParameter(1, sequence).getResultList();
        return id.isEmpty() ? null : (UUID) id.get(0);
    }

    private Object[] signatureAt(long sequence) {
        List<Object[]> rows = signaturesBetween(sequence - 1, sequence);
        return rows.isEmpty() ? null : rows.get(0);
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
