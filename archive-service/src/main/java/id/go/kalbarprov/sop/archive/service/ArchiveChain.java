package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.archive.domain.ChainLink;
import id.go.kalbarprov.sop.archive.domain.ChainVerification;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Appends records to the integrity chain and walks it. The chain head row is locked by every append until commit,
 * so concurrent filings queue and no two records ever name the same predecessor.
 */
@ApplicationScoped
public class ArchiveChain {

    private static final int BATCH = 200;

    @Inject
    EntityManager em;

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
        return record;
    }

    /** Re-reads every record in filing order, recomputing hashes, and reports the first link that does not hold. */
    @Transactional
    public Report verify() {
        // One snapshot for the whole walk, so that filings committed meanwhile do not look like a broken tail.
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM chain_head WHERE id = 1").getSingleResult();
        long headSequence = ((Number) head[0]).longValue();
        String headHash = (String) head[1];
        ChainVerification verification = new ChainVerification();
        long after = 0;
        while (true) {
            List<ArchiveRecordEntity> batch = ArchiveRecordEntity.find("sequence > ?1 order by sequence", after)
                    .page(0, BATCH).list();
            for (ArchiveRecordEntity record : batch) {
                Optional<ChainVerification.Break> broken = verification.check(new ChainVerification.StoredLink(
                        record.sequence, record.id, record.previousHash, record.recordHash, record.contentHash,
                        record.content, record.chainFacts()));
                if (broken.isPresent()) {
                    return new Report(false, verification.checked(), headSequence, headHash, broken.get(),
                            Instant.now());
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
                Instant.now());
    }

    public record Report(boolean intact, long checked, long lastSequence, String lastHash,
                         ChainVerification.Break firstBroken, Instant verifiedAt) {
    }
}
