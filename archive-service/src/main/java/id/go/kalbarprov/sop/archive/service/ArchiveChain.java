package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.domain.AccessClass;
import id.go.kalbarprov.sop.archive.domain.Authenticity;
import id.go.kalbarprov.sop.archive.domain.ChainLink;
import id.go.kalbarprov.sop.archive.domain.ChainSignature;
import id.go.kalbarprov.sop.archive.domain.ChainVerification;
import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import id.go.kalbarprov.sop.archive.domain.Medium;
import id.go.kalbarprov.sop.platform.domain.Period;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Appends records to the integrity chain and walks it. The chain head row is locked by every append until commit,
 * so concurrent filings queue and no two records ever name the same predecessor. Every link is signed with the chain
 * key as it is appended, and the head is checkpointed (signed, recorded, logged) now and then. The walk verifies the
 * checkpoints' signatures and the head link's, and that every link has its signature row; one record checked alone
 * ({@link #linkHolds}) has its own link's signature verified.
 */
@ApplicationScoped
public class ArchiveChain {

    private static final int BATCH = 5_000;
    /** The advisory lock a full walk holds, on every replica the same: one walk at a time across the service. */
    public static final long WALK_LOCK = 0x5f0f_c4a1_0000_0001L;
    private static final Logger LOG = Logger.getLogger(ArchiveChain.class);

    @Inject
    EntityManager em;

    @Inject
    ChainKey key;

    @Inject
    ObjectMapper mapper;

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
     * Memory is bounded whatever the chain's length: batches of {@value #BATCH} plain rows by sequence range (the
     * needed columns only, no entities, no persistence context), one batch at a time.
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
     * The chain's records and their signature rows through the verification, in windows of {@value #BATCH}
     * sequences up to the last record stored: the first break. Windows bounded on both sides keep every batch an
     * index range scan whatever the planner's statistics say (an open-ended "sequence > ?" with a stale estimate was
     * planned as a hash join over the rest of the table, per batch). A gap in the sequences breaks the link after it.
     */
    private Optional<ChainVerification.Break> walkRows(Connection connection, ChainVerification verification)
            throws SQLException {
        long last;
        try (PreparedStatement max = connection.prepareStatement("SELECT max(sequence) FROM archive_record");
             ResultSet row = max.executeQuery()) {
            row.next();
            last = row.getLong(1);
        }
        try (PreparedStatement batch = connection.prepareStatement(WALK_BATCH)) {
            for (long after = 0; after < last; after += BATCH) {
                batch.setLong(1, after);
                batch.setLong(2, after + BATCH);
                batch.setLong(3, after);
                batch.setLong(4, after + BATCH);
                try (ResultSet row = batch.executeQuery()) {
                    while (row.next()) {
                        ArchiveRecordEntity record = record(row);
                        Optional<ChainVerification.Break> broken = verification.check(
                                new ChainVerification.StoredLink(record.sequence, record.id, record.previousHash,
                                        record.recordHash, record.contentHash, row.getString("stored_content_hash"),
                                        record.chainFacts(), row.getString("signed_hash")));
                        if (broken.isPresent()) {
                            return broken;
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One batch of the walk: every column {@link ArchiveRecordEntity#chainFacts()} covers, the SHA-256 of the content
     * as stored now (computed where it is stored; the functions are named with their schema, so that no function the
     * schema's owner might add under the same name is called instead) and the hash the record's signature row names.
     */
    private static final String WALK_BATCH = """
            SELECT r.id, r.sequence, r.order_id, r.case_id, r.correction_version, r.title, r.year, r.period,
                   r.classification_code, r.file_number, r.item_number, r.processing_unit, r.description,
                   r.covered_from, r.covered_to, r.closing_year, r.quantity, r.medium, r.authenticity, r.access_class,
                   r.location_folder, r.location_box, r.location_shelf, r.active_years, r.inactive_years,
                   r.final_disposition, r.disposition_note, r.inactive_from, r.disposition_due, r.content_hash,
                   r.previous_hash, r.record_hash, r.filed_at, r.filed_by_upn, r.filed_by_nip, r.filed_by_name,
                   r.filed_acting, r.seals::text AS seals, r.amendments::text AS amendments, r.document_number,
                   r.document_date, r.pdf_sha256, r.verification_id,
                   pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(r.content, 'UTF8')), 'hex')
                       AS stored_content_hash,
                   s.record_hash AS signed_hash
              FROM archive_record r
              LEFT JOIN chain_signature s ON s.sequence = r.sequence AND s.sequence > ? AND s.sequence <= ?
             WHERE r.sequence > ? AND r.sequence <= ? ORDER BY r.sequence""";

    /** The record's chain facts as a detached entity, so that the facts hashed are the ones filing hashed. */
    private ArchiveRecordEntity record(ResultSet row) throws SQLException {
        ArchiveRecordEntity r = new ArchiveRecordEntity();
        r.id = row.getObject("id", UUID.class);
        r.sequence = row.getLong("sequence");
        r.orderId = row.getObject("order_id", UUID.class);
        r.caseId = row.getObject("case_id", UUID.class);
        r.correctionVersion = row.getInt("correction_version");
        r.title = row.getString("title");
        r.year = row.getInt("year");
        r.period = Period.valueOf(row.getString("period"));
        r.classificationCode = row.getString("classification_code");
        r.fileNumber = row.getString("file_number");
        r.itemNumber = row.getInt("item_number");
        r.processingUnit = row.getString("processing_unit");
        r.description = row.getString("description");
        r.coveredFrom = row.getObject("covered_from", LocalDate.class);
        r.coveredTo = row.getObject("covered_to", LocalDate.class);
        r.closingYear = row.getInt("closing_year");
        r.quantity = row.getInt("quantity");
        r.medium = Medium.valueOf(row.getString("medium"));
        r.authenticity = Authenticity.valueOf(row.getString("authenticity"));
        r.accessClass = AccessClass.valueOf(row.getString("access_class"));
        r.locationFolder = row.getString("location_folder");
        r.locationBox = row.getString("location_box");
        r.locationShelf = row.getString("location_shelf");
        r.activeYears = row.getInt("active_years");
        r.inactiveYears = row.getInt("inactive_years");
        r.finalDisposition = FinalDisposition.valueOf(row.getString("final_disposition"));
        r.dispositionNote = row.getString("disposition_note");
        r.inactiveFrom = row.getObject("inactive_from", LocalDate.class);
        r.dispositionDue = row.getObject("disposition_due", LocalDate.class);
        r.contentHash = row.getString("content_hash");
        r.previousHash = row.getString("previous_hash");
        r.recordHash = row.getString("record_hash");
        r.filedAt = row.getObject("filed_at", OffsetDateTime.class).toInstant();
        r.filedByUpn = row.getString("filed_by_upn");
        r.filedByNip = row.getString("filed_by_nip");
        r.filedByName = row.getString("filed_by_name");
        r.filedActing = row.getBoolean("filed_acting");
        r.seals = json(row.getString("seals"));
        r.amendments = json(row.getString("amendments"));
        r.documentNumber = row.getString("document_number");
        r.documentDate = row.getObject("document_date", LocalDate.class);
        r.pdfSha256 = row.getString("pdf_sha256");
        r.verificationId = row.getString("verification_id");
        return r;
    }

    private List<Map<String, Object>> json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readValue(text, SEALS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON in an archive record", e);
        }
    }

    private static final TypeReference<List<Map<String, Object>>> SEALS = new TypeReference<>() {
    };

    /** Whether the link at {@code sequence}, as stored, carries a valid signature by the chain key. */
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
