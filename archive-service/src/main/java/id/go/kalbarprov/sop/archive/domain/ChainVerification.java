package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.ContentHash;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Walks the chain record by record, in filing order, and names the first link that does not hold. Feed it every
 * record in sequence; it remembers the hash the next record must point back to.
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
        TAIL_MISSING
    }

    /** One stored record as read back, for checking. */
    public record StoredLink(long sequence, UUID recordId, String previousHash, String recordHash, String contentHash,
                             String content, Map<String, ?> facts) {
    }

    public record Break(long sequence, UUID recordId, Fault fault) {
    }

    private String expectedPrevious = ChainLink.GENESIS;
    private long expectedSequence = 1;
    private long checked;

    public Optional<Break> check(StoredLink link) {
        checked++;
        if (link.sequence() != expectedSequence || !expectedPrevious.equals(link.previousHash())) {
            return Optional.of(new Break(link.sequence(), link.recordId(), Fault.LINK_BROKEN));
        }
        if (!ContentHash.sha256(link.content()).equals(link.contentHash())) {
            return Optional.of(new Break(link.sequence(), link.recordId(), Fault.CONTENT_ALTERED));
        }
        if (!ChainLink.hash(link.previousHash(), link.facts()).equals(link.recordHash())) {
            return Optional.of(new Break(link.sequence(), link.recordId(), Fault.RECORD_ALTERED));
        }
        expectedPrevious = link.recordHash();
        expectedSequence = link.sequence() + 1;
        return Optional.empty();
    }

    /** After the last record: does the chain end where its head says it ends? */
    public Optional<Break> checkEnd(long headSequence, String headHash) {
        if (headSequence != expectedSequence - 1 || !expectedPrevious.equals(headHash)) {
            return Optional.of(new Break(headSequence, null, Fault.TAIL_MISSING));
        }
        return Optional.empty();
    }

    public long checked() {
        return checked;
    }
}
