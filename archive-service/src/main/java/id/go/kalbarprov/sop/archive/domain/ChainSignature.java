package id.go.kalbarprov.sop.archive.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What archive-service's chain key signs: each link (its sequence and record hash) when it is appended, and each
 * checkpoint (the head at a moment). The key is not in the database, so whoever rewrites records there and recomputes
 * every hash after them still cannot sign the links they made; a verifier who kept a checkpoint from the log sees the
 * chain no longer passes through it.
 */
public final class ChainSignature {

    private ChainSignature() {
    }

    /** The UTF-8 text a link's signature covers. */
    public static byte[] link(long sequence, String recordHash) {
        return ("sop-archive-chain-link/v1\nsequence=" + sequence + "\nrecordHash=" + recordHash + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The UTF-8 text a checkpoint's signature covers. */
    public static byte[] checkpoint(long sequence, String recordHash, Instant takenAt) {
        return ("sop-archive-chain-checkpoint/v1\nsequence=" + sequence + "\nrecordHash=" + recordHash
                + "\ntakenAt=" + takenAt + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
