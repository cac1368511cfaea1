package id.go.kalbarprov.sop.archive.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The chain as its key signed it: every link has its signature row, the head's signature and every checkpoint hold on
 * the recomputed chain; when the head's does not, the first link the key never signed is named.
 */
class ChainSignatureTest {

    /** The links the chain key signed, as "sequence:hash". */
    private final Set<String> signed = new HashSet<>();

    private List<ChainVerification.StoredLink> chain(int length, String... contents) {
        List<ChainVerification.StoredLink> links = new ArrayList<>();
        String previous = ChainLink.GENESIS;
        for (int i = 1; i <= length; i++) {
            String content = i <= contents.length ? contents[i - 1] : "{\"n\":" + i + "}";
            Map<String, Object> facts = Map.of("contentHash", ContentHash.sha256(content), "n", i);
            String hash = ChainLink.hash(previous, facts);
            links.add(new ChainVerification.StoredLink(i, UUID.randomUUID(), previous, hash,
                    ContentHash.sha256(content), ContentHash.sha256(content), facts, hash));
            previous = hash;
        }
        return links;
    }

    private void sign(List<ChainVerification.StoredLink> links) {
        links.forEach(link -> signed.add(link.sequence() + ":" + link.recordHash()));
    }

    private Optional<ChainVerification.Break> walk(List<ChainVerification.StoredLink> links,
                                                   ChainVerification.Checkpoint... checkpoints) {
        ChainVerification verification = new ChainVerification(
                (sequence, hash) -> signed.contains(sequence + ":" + hash), List.of(checkpoints));
        for (ChainVerification.StoredLink link : links) {
            Optional<ChainVerification.Break> broken = verification.check(link);
            if (broken.isPresent()) {
                return broken;
            }
        }
        ChainVerification.StoredLink last = links.get(links.size() - 1);
        return verification.checkEnd(last.sequence(), last.recordHash()).map(broken ->
                broken.fault() != ChainVerification.Fault.SIGNATURE_INVALID ? broken : new ChainVerification.Break(
                        ChainVerification.firstUnsigned(last.sequence(), sequence ->
                                signed.contains(sequence + ":" + links.get((int) sequence - 1).recordHash())),
                        null, ChainVerification.Fault.SIGNATURE_INVALID));
    }

    /** A link as stored, with another signed hash (its signature row changed, or gone when null). */
    private static ChainVerification.StoredLink signedAs(ChainVerification.StoredLink link, String signedHash) {
        return new ChainVerification.StoredLink(link.sequence(), link.recordId(), link.previousHash(),
                link.recordHash(), link.contentHash(), link.storedContentHash(), link.facts(), signedHash);
    }

    @Test
    void aSignedChainWithItsCheckpointsIsIntact() {
        List<ChainVerification.StoredLink> links = chain(4);
        sign(links);
        assertTrue(walk(links, new ChainVerification.Checkpoint(2, links.get(1).recordHash(), true),
                new ChainVerification.Checkpoint(0, ChainLink.GENESIS, true)).isEmpty());
    }

    @Test
    void aRewriteWithEveryHashRecomputedFailsAtTheFirstLinkTheKeyNeverSigned() {
        List<ChainVerification.StoredLink> original = chain(4);
        sign(original);
        List<ChainVerification.StoredLink> rewritten = chain(4, "{\"n\":1}", "{\"n\":2,\"forged\":true}");
        ChainVerification.Break broken = walk(rewritten).orElseThrow();
        assertEquals(2, broken.sequence());
        assertEquals(ChainVerification.Fault.SIGNATURE_INVALID, broken.fault());
    }

    @Test
    void aRewriteWhoseSignatureRowsWereRenamedFailsAtTheHeadAndIsTracedToItsFirstLink() {
        List<ChainVerification.StoredLink> original = chain(6);
        sign(original);
        List<ChainVerification.StoredLink> rewritten = chain(6, "{\"n\":1}", "{\"n\":2}", "{\"n\":3}",
                "{\"n\":4,\"forged\":true}");
        ChainVerification verification = new ChainVerification(
                (sequence, hash) -> signed.contains(sequence + ":" + hash), List.of());
        rewritten.forEach(link -> assertTrue(verification.check(link).isEmpty(), "every row names its hash"));
        assertEquals(new ChainVerification.Break(6, null, ChainVerification.Fault.SIGNATURE_INVALID),
                verification.checkEnd(6, rewritten.get(5).recordHash()).orElseThrow());
        assertEquals(4, walk(rewritten).orElseThrow().sequence());
    }

    @Test
    void aLinkWithoutItsSignatureRowOrWithOneNamingAnotherHashIsReportedWithoutCryptography() {
        List<ChainVerification.StoredLink> links = new ArrayList<>(chain(4));
        sign(links);
        links.set(1, signedAs(links.get(1), null));
        assertEquals(new ChainVerification.Break(2, links.get(1).recordId(), ChainVerification.Fault.SIGNATURE_INVALID),
                walk(links).orElseThrow());
        links.set(1, signedAs(links.get(1), "e".repeat(64)));
        assertEquals(new ChainVerification.Break(2, links.get(1).recordId(), ChainVerification.Fault.SIGNATURE_INVALID),
                walk(links).orElseThrow());
    }

    @Test
    void onlyTheHeadsSignatureIsVerifiedOnTheWalk() {
        List<ChainVerification.StoredLink> links = chain(5);
        List<Long> verified = new ArrayList<>();
        ChainVerification verification = new ChainVerification((sequence, hash) -> verified.add(sequence),
                List.of());
        links.forEach(verification::check);
        assertTrue(verification.checkEnd(5, links.get(4).recordHash()).isEmpty());
        assertEquals(List.of(5L), verified);
    }

    @Test
    void aHeadWhoseSignatureFailsBreaksAChainWhoseHashesAllHold() {
        List<ChainVerification.StoredLink> links = chain(3);
        sign(links.subList(0, 2));
        ChainVerification.Break broken = walk(links).orElseThrow();
        assertEquals(3, broken.sequence());
        assertEquals(ChainVerification.Fault.SIGNATURE_INVALID, broken.fault());
    }

    @Test
    void aCheckpointOffTheRecomputedChainIsReported() {
        List<ChainVerification.StoredLink> links = chain(3);
        sign(links);
        ChainVerification.Break broken = walk(links, new ChainVerification.Checkpoint(2, "f".repeat(64), true))
                .orElseThrow();
        assertEquals(2, broken.sequence());
        assertEquals(ChainVerification.Fault.CHECKPOINT_MISMATCH, broken.fault());
    }

    @Test
    void aCheckpointWhoseSignatureFailsIsReported() {
        List<ChainVerification.StoredLink> links = chain(3);
        sign(links);
        assertEquals(ChainVerification.Fault.CHECKPOINT_MISMATCH,
                walk(links, new ChainVerification.Checkpoint(3, links.get(2).recordHash(), false)).orElseThrow()
                        .fault());
    }

    @Test
    void aCheckpointBeyondTheEndShowsRecordsRemovedFromTheEnd() {
        List<ChainVerification.StoredLink> links = chain(3);
        sign(links);
        ChainVerification.Break broken = walk(links.subList(0, 2),
                new ChainVerification.Checkpoint(3, links.get(2).recordHash(), true)).orElseThrow();
        assertEquals(3, broken.sequence());
        assertEquals(ChainVerification.Fault.CHECKPOINT_MISMATCH, broken.fault());
    }

    @Test
    void theSignedTextsNameWhatTheyCoverAndDifferByKind() {
        String hash = "a".repeat(64);
        Instant at = Instant.parse("2026-01-31T01:02:03.456Z");
        assertEquals("sop-archive-chain-link/v1\nsequence=7\nrecordHash=" + hash + "\n",
                new String(ChainSignature.link(7, hash), java.nio.charset.StandardCharsets.UTF_8));
        assertNotEquals(new String(ChainSignature.link(7, hash), java.nio.charset.StandardCharsets.UTF_8),
                new String(ChainSignature.checkpoint(7, hash, at), java.nio.charset.StandardCharsets.UTF_8));
    }
}
