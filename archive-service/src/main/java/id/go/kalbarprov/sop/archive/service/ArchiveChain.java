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
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
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
        try (PreparedStatement batch = connection.prepareStatement(walkBatch)) {
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
     * The columns of archive_record the walk reads: every column {@link ArchiveRecordEntity#chainFacts()} covers, each
     * named once, with how it is read into the record. The batch's SELECT list and {@link #record} are both made from
     * it.
     */
    private final List<Column<?>> columns = List.of(
            column("id", UUID_VALUE, (r, v) -> r.id = v),
            column("sequence", LONG, (r, v) -> r.sequence = v),
            column("order_id", UUID_VALUE, (r, v) -> r.orderId = v),
            column("case_id", UUID_VALUE, (r, v) -> r.caseId = v),
            column("correction_version", INT, (r, v) -> r.correctionVersion = v),
            column("title", TEXT, (r, v) -> r.title = v),
            column("year", INT, (r, v) -> r.year = v),
            column("period", named(Period.class), (r, v) -> r.period = v),
            column("classification_code", TEXT, (r, v) -> r.classificationCode = v),
            column("file_number", TEXT, (r, v) -> r.fileNumber = v),
            column("item_number", INT, (r, v) -> r.itemNumber = v),
            column("processing_unit", TEXT, (r, v) -> r.processingUnit = v),
            column("description", TEXT, (r, v) -> r.description = v),
            column("covered_from", DATE, (r, v) -> r.coveredFrom = v),
            column("covered_to", DATE, (r, v) -> r.coveredTo = v),
            column("closing_year", INT, (r, v) -> r.closingYear = v),
            column("quantity", INT, (r, v) -> r.quantity = v),
            column("medium", named(Medium.class), (r, v) -> r.medium = v),
            column("authenticity", named(Authenticity.class), (r, v) -> r.authenticity = v),
            column("access_class", named(AccessClass.class), (r, v) -> r.accessClass = v),
            column("location_folder", TEXT, (r, v) -> r.locationFolder = v),
            column("location_box", TEXT, (r, v) -> r.locationBox = v),
            column("location_shelf", TEXT, (r, v) -> r.locationShelf = v),
            column("active_years", INT, (r, v) -> r.activeYears = v),
            column("inactive_years", INT, (r, v) -> r.inactiveYears = v),
            column("final_disposition", named(FinalDisposition.class), (r, v) -> r.finalDisposition = v),
            column("disposition_note", TEXT, (r, v) -> r.dispositionNote = v),
            column("inactive_from", DATE, (r, v) -> r.inactiveFrom = v),
            column("disposition_due", DATE, (r, v) -> r.dispositionDue = v),
            column("content_hash", TEXT, (r, v) -> r.contentHash = v),
            column("previous_hash", TEXT, (r, v) -> r.previousHash = v),
            column("record_hash", TEXT, (r, v) -> r.recordHash = v),
            column("filed_at", INSTANT, (r, v) -> r.filedAt = v),
            column("filed_by_upn", TEXT, (r, v) -> r.filedByUpn = v),
            column("filed_by_nip", TEXT, (r, v) -> r.filedByNip = v),
            column("filed_by_name", TEXT, (r, v) -> r.filedByName = v),
            column("filed_acting", BOOLEAN, (r, v) -> r.filedActing = v),
            jsonColumn("seals", (r, v) -> r.seals = v),
            jsonColumn("amendments", (r, v) -> r.amendments = v),
            column("document_number", TEXT, (r, v) -> r.documentNumber = v),
            column("document_date", DATE, (r, v) -> r.documentDate = v),
            column("pdf_sha256", TEXT, (r, v) -> r.pdfSha256 = v),
            column("verification_id", TEXT, (r, v) -> r.verificationId = v));

    /**
     * One batch of the walk: the record's {@link #columns}, the SHA-256 of the content as stored now (computed where
     * it is stored; the functions are named with their schema, so that no function the schema's owner might add under
     * the same name is called instead) and the hash the record's signature row names.
     */
    private final String walkBatch = """
            SELECT %s,
                   pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(r.content, 'UTF8')), 'hex')
                       AS stored_content_hash,
                   s.record_hash AS signed_hash
              FROM archive_record r
              LEFT JOIN chain_signature s ON s.sequence = r.sequence AND s.sequence > ? AND s.sequence <= ?
             WHERE r.sequence > ? AND r.sequence <= ? ORDER BY r.sequence"""
            .formatted(columns.stream().map(Column::selected).collect(Collectors.joining(", ")));

    /** The record's chain facts as a detached entity, so that the facts hashed are the ones filing hashed. */
    private ArchiveRecordEntity record(ResultSet row) throws SQLException {
        ArchiveRecordEntity record = new ArchiveRecordEntity();
        for (Column<?> column : columns) {
            column.readInto(record, row);
        }
        return record;
    }

    /** One column of archive_record as the walk selects it and reads it into the record. */
    private record Column<T>(String name, String selected, Read<T> read, BiConsumer<ArchiveRecordEntity, T> into) {

        void readInto(ArchiveRecordEntity record, ResultSet row) throws SQLException {
            into.accept(record, read.from(row, name));
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T from(ResultSet row, String column) throws SQLException;
    }

    private static final Read<UUID> UUID_VALUE = (row, column) -> row.getObject(column, UUID.class);
    private static final Read<Long> LONG = ResultSet::getLong;
    private static final Read<Integer> INT = ResultSet::getInt;
    private static final Read<Boolean> BOOLEAN = ResultSet::getBoolean;
    private static final Read<String> TEXT = ResultSet::getString;
    private static final Read<LocalDate> DATE = (row, column) -> row.getObject(column, LocalDate.class);
    private static final Read<Instant> INSTANT =
            (row, column) -> row.getObject(column, OffsetDateTime.class).toInstant();

    private static <E extends Enum<E>> Read<E> named(Class<E> type) {
        return (row, column) -> Enum.valueOf(type, row.getString(column));
    }

    private static <T> Column<T> column(String name, Read<T> read, BiConsumer<ArchiveRecordEntity, T> into) {
        return new Column<>(name, "r." + name, read, into);
    }

    /** A jsonb column, read as its text and parsed with the service's mapper. */
    private Column<List<Map<String, Object>>> jsonColumn(String name,
            BiConsumer<ArchiveRecordEntity, List<Map<String, Object>>> into) {
        return new Column<>(name, "r." + name + "::text AS " + name, (row, column) -> json(row.getString(column)),
                into);
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
