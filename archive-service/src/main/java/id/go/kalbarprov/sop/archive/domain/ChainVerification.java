package id.go.kalbarprov.sop.archive.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Walks the chain record by record, in filing order, and names the first link that does not hold. Feed it every
 * record in sequence; it remembers the hash the next record must point back to. Given the chain key's checks, it also
 * asks that every checkpoint lies on the recomputed chain and that the head link's signature holds, so that a rewrite
 * which recomputed every hash (the owner of the database can do that) is found all the same.
 * <p>
 * Why one signature check is enough for the whole chain: each record hash commits to its predecessor's, so the head's
 * hash commits to every record before it, and a valid signature over the head binds them all; checkpoints kept
 * outside the database bind the older states (a chain cut short and re-headed on a record that was signed once).
 * Checking each link's own signature (an RSA verification per record: ≈ 0.2 ms, minutes for millions) adds nothing to
 * that and is left to the check of one record alone. Of each link the walk asks only that its signature row names its
 * record hash (no cryptography). When the head's signature fails, {@link #firstUnsigned} finds the first link whose
 * signature fails by bisection (a rewrite leaves the links before it signed and those from it on not), a handful of
 * verifications.
 */
public final class ChainVerification {

    /** Why a link does not hold. */
    public enum Fault {
        /** The stored content no longer matches the content hash filed with it. */
        CONTENT_ALTERED,
        /** A filed fact (or the stored record hash) changed after filing. */
        RECORD_ALTERED,
        /** The record does not point back to the record before it: one was removed, inserted or reordered. */
        LINK_BROKEN,
        /** The chain head names a last record that is not there: records were removed from the end. */
        TAIL_MISSING,
        /** The link has no valid signature by a chain key (the current one or a retired one): rewritten with recomputed hashes, or its signature gone
         *  (no signature row naming its record hash; or, for the head and a single record, a signature that does not
         *  verify). */
        SIGNATURE_INVALID,
        /** A checkpoint is not on the recomputed chain (another hash at its sequence, or the chain ends before it),
         *  or its own signature does not hold. */
        CHECKPOINT_MISMATCH
    }

    /**
     * Whether a valid signature by a chain key, current or retired, covers this sequence and record hash (an RSA or
     * ECDSA verification).
     */
    @FunctionalInterface
    public interface SignatureCheck {
        boolean holds(long sequence, String recordHash);
    }

    /** A recorded checkpoint, and whether its own signature holds. */
    public record Checkpoint(long sequence, String recordHash, boolean signatureHolds) {
    }

    /**
     * One stored record as read back, for checking: {@code contentHash} is the hash filed with it (a chain fact),
     * {@code storedContentHash} the SHA-256 of its content as stored now, recomputed by the reader, and
     * {@code signedHash} the record hash its signature row names (null when it has none).
     */
    public record StoredLink(long sequence, UUID recordId, String previousHash, String recordHash, String contentHash,
                             String storedContentHash, Map<String, ?> facts, String signedHash) {
    }

    public record Break(long sequence, UUID recordId, Fault fault) {
    }

    private final SignatureCheck signatures;
    private final boolean signed;
    private final Map<Long, List<Checkpoint>> checkpoints;
    private String expectedPrevious = ChainLink.GENESIS;
    private long expectedSequence = 1;
    private long checked;

    /** Hashes only: for a chain read without its signatures. */
    public ChainVerification() {
        this((sequence, recordHash) -> true, List.of(), false);
    }

    /** With the chain key's check, asked of the head link (and, when that fails, of a few links to find the first). */
    public ChainVerification(SignatureCheck signatures, List<Checkpoint> checkpoints) {
        this(signatures, checkpoints, true);
    }

    private ChainVerification(SignatureCheck signatures, List<Checkpoint> checkpoints, boolean signed) {
        this.signatures = signatures;
        this.signed = signed;
        this.checkpoints = checkpoints.stream().collect(Collectors.groupingBy(Checkpoint::sequence));
    }

    public Optional<Break> check(StoredLink link) {
        return check(link, ownFault(link));
    }

    /**
     * What is wrong with the link by itself, whatever its place in the chain: its content, its facts or its signature
     * row. Reads nothing that {@link #check} changes, so that links can be checked this far on several threads and
     * then in order with {@link #check(StoredLink, Optional)}.
     */
    public Optional<Fault> ownFault(StoredLink link) {
        if (!link.contentHash().equals(link.storedContentHash())) {
            return Optional.of(Fault.CONTENT_ALTERED);
        }
        if (!ChainLink.hash(link.previousHash(), link.facts()).equals(link.recordHash())) {
            return Optional.of(Fault.RECORD_ALTERED);
        }
        if (signed && !link.recordHash().equals(link.signedHash())) {
            return Optional.of(Fault.SIGNATURE_INVALID);
        }
        return Optional.empty();
    }

    /** The next link in filing order, given its {@link #ownFault}: the first break, in the same order as above. */
    public Optional<Break> check(StoredLink link, Optional<Fault> ownFault) {
        checked++;
        if (link.sequence() != expectedSequence || !expectedPrevious.equals(link.previousHash())) {
            return Optional.of(new Break(link.sequence(), link.recordId(), Fault.LINK_BROKEN));
        }
        if (ownFault.isPresent()) {
            return Optional.of(new Break(link.sequence(), link.recordId(), ownFault.get()));
        }
        if (!onChain(link.sequence(), link.recordHash())) {
            return Optional.of(new Break(link.sequence(), link.recordId(), Fault.CHECKPOINT_MISMATCH));
        }
        expectedPrevious = link.recordHash();
        expectedSequence = link.sequence() + 1;
        return Optional.empty();
    }

    /**
     * After the last record: does the chain end where its head says it ends, and did the chain key sign that end? When
     * it did not, the break names the head; {@link #firstUnsigned} then finds the first link that is not signed.
     */
    public Optional<Break> checkEnd(long headSequence, String headHash) {
        if (headSequence != expectedSequence - 1 || !expectedPrevious.equals(headHash)) {
            return Optional.of(new Break(headSequence, null, Fault.TAIL_MISSING));
        }
        if (headSequence > 0 && !signatures.holds(headSequence, headHash)) {
            return Optional.of(new Break(headSequence, null, Fault.SIGNATURE_INVALID));
        }
        if (!onChain(0, ChainLink.GENESIS)) {
            return Optional.of(new Break(0, null, Fault.CHECKPOINT_MISMATCH));
        }
        return checkpoints.keySet().stream().filter(sequence -> sequence > headSequence).min(Long::compare)
                .map(sequence -> new Break(sequence, null, Fault.CHECKPOINT_MISMATCH));
    }

    /**
     * A link whose signature fails and whose predecessor's holds (the genesis counts as signed), given that the head's
     * fails; {@code signedAt} tells whether the link at a sequence, as stored, has a valid signature. After a rewrite
     * (every link from the rewritten one on re-hashed, none of them signable) it is the first rewritten link, found in
     * log2(head) verifications.
     */
    public static long firstUnsigned(long headSequence, LongPredicate signedAt) {
        long holds = 0;
        long fails = headSequence;
        while (fails - holds > 1) {
            long middle = holds + (fails - holds) / 2;
            if (signedAt.test(middle)) {
                holds = middle;
            } else {
                fails = middle;
            }
        }
        return fails;
    }

    private boolean onChain(long sequence, String recordHash) {
        return checkpoints.getOrDefault(sequence, List.of()).stream()
                .allMatch(c -> c.signatureHolds() && c.recordHash().equals(recordHash));
    }

    public long checked() {
        return checked;
    }
}
