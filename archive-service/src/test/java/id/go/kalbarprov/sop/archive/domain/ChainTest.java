package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.ContentHash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ChainTest {

    /**
     * The link's format, pinned: every filed record's hash and every verifier (the walk, a printed document's check, a
     * provincial system) depend on these exact bytes, so a faster implementation must give the same hashes. The text is
     * "previousHash=" and then each fact in the order of its name, "name=" + (UTF-8 byte length + ":" + value, or "-"
     * for none), one per line; the hash is SHA-256 of its UTF-8 bytes (the vectors were checked with a separate
     * implementation in Python).
     */
    @Test
    void theLinkFormatIsPinnedByKnownVectors() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sequence", 42L);
        facts.put("title", "Koreksi data kinerja Triwulan II");
        facts.put("description", "Realisasi \u00e9\u00e9 = 100%\nbaris dua");
        facts.put("dispositionNote", null);
        facts.put("year", 2026);
        assertEquals("e5ca72cf685c24d76b84052b0848c52cdf4fe80afa60df47e7079f2e461f940d",
                ChainLink.hash("0".repeat(64), facts));
        assertEquals(ContentHash.sha256("previousHash=-\n"), ChainLink.hash(null, Map.of()));
        assertEquals("0ef38faa7f97a10f7f55b8d638d7f54355783c1fe01a36f8983612183f616cf0", ChainLink.hash(null, Map.of()));
    }

    @Test
    void aValuesLengthIsItsUtf8ByteLengthWhateverItsCharacters() {
        for (String value : List.of("", "a", "\u00e9", "\u20ac", "\uD83D\uDCC4 dokumen", "lone \uD83D high", "lone \uDCC4 low",
                "end \uD83D", "Kop surat \u00b7 Nota Dinas \u2014 Biro")) {
            String expected = ContentHash.sha256("previousHash=-\nv="
                    + value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ":" + value + "\n");
            assertEquals(expected, ChainLink.hash(null, Map.of("v", value)), value);
        }
    }

    @Test
    void theFactsHashTheSameInWhateverMapTheyCome() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("year", 2026);
        inserted.put("description", "Realisasi \u00e9");
        inserted.put("dispositionNote", null);
        inserted.put("accessClass", "RESTRICTED");
        String expected = ChainLink.hash(ChainLink.GENESIS, inserted);
        assertEquals(expected, ChainLink.hash(ChainLink.GENESIS, new java.util.HashMap<>(inserted)));
        assertEquals(expected, ChainLink.hash(ChainLink.GENESIS, new java.util.TreeMap<>(inserted)));
        java.util.TreeMap<String, Object> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(inserted);
        assertEquals(expected, ChainLink.hash(ChainLink.GENESIS, reversed));
        // the same names in another order, after the first order was kept
        Map<String, Object> backwards = new LinkedHashMap<>();
        List.of("accessClass", "dispositionNote", "description", "year").forEach(n -> backwards.put(n, inserted.get(n)));
        assertEquals(expected, ChainLink.hash(ChainLink.GENESIS, backwards));
        assertEquals(expected, ChainLink.hash(ChainLink.GENESIS, inserted));
    }

    private static Map<String, Object> facts(String description) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("description", description);
        facts.put("fileNumber", "B-1");
        return facts;
    }

    private static List<ChainVerification.StoredLink> chainOf(int length) {
        List<ChainVerification.StoredLink> links = new ArrayList<>();
        String previous = ChainLink.GENESIS;
        for (int i = 1; i <= length; i++) {
            String content = "{\"n\":" + i + "}";
            Map<String, Object> facts = facts("record " + i);
            facts.put("contentHash", ContentHash.sha256(content));
            String hash = ChainLink.hash(previous, facts);
            links.add(new ChainVerification.StoredLink(i, UUID.randomUUID(), previous, hash,
                    ContentHash.sha256(content), ContentHash.sha256(content), facts, hash));
            previous = hash;
        }
        return links;
    }

    private static Optional<ChainVerification.Break> walk(List<ChainVerification.StoredLink> links) {
        ChainVerification verification = new ChainVerification();
        for (ChainVerification.StoredLink link : links) {
            Optional<ChainVerification.Break> broken = verification.check(link);
            if (broken.isPresent()) {
                return broken;
            }
        }
        ChainVerification.StoredLink last = links.get(links.size() - 1);
        return verification.checkEnd(last.sequence(), last.recordHash());
    }

    @Test
    void theHashDependsOnThePredecessorAndEveryFact() {
        String base = ChainLink.hash(ChainLink.GENESIS, facts("a"));
        assertEquals(base, ChainLink.hash(ChainLink.GENESIS, facts("a")));
        assertNotEquals(base, ChainLink.hash("1".repeat(64), facts("a")));
        assertNotEquals(base, ChainLink.hash(ChainLink.GENESIS, facts("b")));
    }

    @Test
    void aMissingValueDiffersFromAnEmptyOneAndValuesCannotMasqueradeAsFacts() {
        Map<String, Object> missing = new LinkedHashMap<>();
        missing.put("note", null);
        Map<String, Object> empty = Map.of("note", "");
        assertNotEquals(ChainLink.hash(ChainLink.GENESIS, missing), ChainLink.hash(ChainLink.GENESIS, empty));
        Map<String, Object> smuggled = Map.of("a", "x\nb=1:y");
        Map<String, Object> two = Map.of("a", "x", "b", "y");
        assertNotEquals(ChainLink.hash(ChainLink.GENESIS, smuggled), ChainLink.hash(ChainLink.GENESIS, two));
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertTrue(walk(chainOf(5)).isEmpty());
    }

    @Test
    void alteredContentIsReportedAtItsRecord() {
        List<ChainVerification.StoredLink> links = chainOf(4);
        ChainVerification.StoredLink third = links.get(2);
        links.set(2, new ChainVerification.StoredLink(3, third.recordId(), third.previousHash(), third.recordHash(),
                third.contentHash(), ContentHash.sha256("{\"n\":999}"), third.facts(), third.signedHash()));
        ChainVerification.Break broken = walk(links).orElseThrow();
        assertEquals(3, broken.sequence());
        assertEquals(ChainVerification.Fault.CONTENT_ALTERED, broken.fault());
    }

    @Test
    void anAlteredFactIsReportedAtItsRecord() {
        List<ChainVerification.StoredLink> links = chainOf(4);
        ChainVerification.StoredLink second = links.get(1);
        Map<String, Object> altered = new LinkedHashMap<>(second.facts());
        altered.put("description", "quietly changed");
        links.set(1, new ChainVerification.StoredLink(2, second.recordId(), second.previousHash(),
                second.recordHash(), second.contentHash(), second.storedContentHash(), altered, second.signedHash()));
        ChainVerification.Break broken = walk(links).orElseThrow();
        assertEquals(2, broken.sequence());
        assertEquals(ChainVerification.Fault.RECORD_ALTERED, broken.fault());
    }

    @Test
    void aRemovedRecordBreaksTheLinkOfTheNext() {
        List<ChainVerification.StoredLink> links = chainOf(4);
        links.remove(1);
        ChainVerification.Break broken = walk(links).orElseThrow();
        assertEquals(3, broken.sequence());
        assertEquals(ChainVerification.Fault.LINK_BROKEN, broken.fault());
    }

    @Test
    void aRemovedLastRecordIsCaughtByTheHead() {
        List<ChainVerification.StoredLink> links = chainOf(4);
        ChainVerification.StoredLink last = links.remove(3);
        ChainVerification verification = new ChainVerification();
        links.forEach(link -> assertTrue(verification.check(link).isEmpty()));
        ChainVerification.Break broken = verification.checkEnd(last.sequence(), last.recordHash()).orElseThrow();
        assertEquals(ChainVerification.Fault.TAIL_MISSING, broken.fault());
    }
}
