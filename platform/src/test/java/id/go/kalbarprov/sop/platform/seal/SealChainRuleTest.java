package id.go.kalbarprov.sop.platform.seal;

import static id.go.kalbarprov.sop.platform.seal.SealChainRule.Link.amendment;
import static id.go.kalbarprov.sop.platform.seal.SealChainRule.Link.approval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.SealAct;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealChainRuleTest {

    private static String h(int version) {
        return String.valueOf((char) ('a' + version)).repeat(64);
    }

    private static SealChainRule.Link paraf(int level, int version) {
        return approval(level, SealAct.PARAF, version, h(version));
    }

    private static SealChainRule.Link signature(int version) {
        return approval(7, SealAct.SIGNATURE, version, h(version));
    }

    private static SealChainRule.Link amended(int level, int from, int to) {
        return amendment(level, from, h(from), to, h(to));
    }

    private static String check(List<SealChainRule.Link> links, int finalVersion) {
        return SealChainRule.check(links, finalVersion, h(finalVersion)).map(SealChainRule.Broken::code)
                .orElse("VALID");
    }

    @Test
    void allThreeLevelsOnTheSameVersionWithoutAmendmentStand() {
        assertEquals("VALID", check(List.of(paraf(5, 2), paraf(6, 2), signature(2)), 2));
    }

    @Test
    void anAmendmentAtLevel6AfterTheLevel5ParafStandsWhenSealed() {
        assertEquals("VALID", check(List.of(paraf(5, 1), amended(6, 1, 2), paraf(6, 2), signature(2)), 2));
    }

    @Test
    void anAmendmentAtLevel7AfterTheLevel6ParafStandsWhenSealed() {
        assertEquals("VALID", check(List.of(paraf(5, 1), paraf(6, 1), amended(7, 1, 2), amended(7, 2, 3),
                signature(3)), 3));
    }

    @Test
    void level7AmendingBeforeReturningTo6IsBetweenTheParafsOfLevels5And6() {
        assertEquals("VALID", check(List.of(paraf(5, 1), amended(6, 1, 2), amended(7, 2, 3), amended(6, 3, 4),
                paraf(6, 4), signature(4)), 4));
    }

    @Test
    void levelFiveAmendmentsBeforeItsParafAreHistoryNotChain() {
        assertEquals("VALID", check(List.of(amended(5, 1, 2), paraf(5, 2), paraf(6, 2), signature(2)), 2));
    }

    @Test
    void aClosureIsNeverALinkOfASignedChain() {
        SealChainRule.Link closure = SealChainRule.Link.approval(7, SealAct.CLOSURE, 2, h(2));
        assertEquals(SealChainRule.SEAL_WRONG_ACT, check(List.of(paraf(5, 2), paraf(6, 2), closure), 2));
        assertEquals(SealChainRule.SEAL_WRONG_ACT, check(List.of(paraf(5, 2), paraf(6, 2), closure, signature(2)), 2));
    }

    @Test
    void aMissingAmendmentSealBreaksTheChain() {
        assertEquals(SealChainRule.AMENDMENT_NOT_SEALED, check(List.of(paraf(5, 1), paraf(6, 2), signature(2)), 2));
        assertEquals(SealChainRule.AMENDMENT_NOT_SEALED, check(List.of(paraf(5, 1), amended(6, 1, 2), paraf(6, 2),
                amended(7, 3, 4), signature(4)), 4));
    }

    @Test
    void aParafOnAVersionThatIsNotLinkedBreaksTheChain() {
        SealChainRule.Link otherHash = approval(6, SealAct.PARAF, 2, "f".repeat(64));
        assertEquals(SealChainRule.SEAL_VERSION_NOT_LINKED,
                check(List.of(paraf(5, 1), amended(6, 1, 2), otherHash, signature(2)), 2));
        assertEquals(SealChainRule.SEAL_VERSION_NOT_LINKED,
                check(List.of(paraf(5, 3), paraf(6, 2), signature(3)), 3));
        SealChainRule.Link amendedFromElsewhere = amendment(6, 1, "f".repeat(64), 2, h(2));
        assertEquals(SealChainRule.AMENDMENT_NOT_SEALED,
                check(List.of(paraf(5, 1), amendedFromElsewhere, paraf(6, 2), signature(2)), 2));
    }

    @Test
    void theSignatureMustCoverTheFinalVersion() {
        assertEquals(SealChainRule.SEAL_VERSION_NOT_LINKED, check(List.of(paraf(5, 1), paraf(6, 1), signature(1)), 2));
    }

    @Test
    void anAmendmentByALowerLevelAfterAParafBreaksTheChain() {
        assertEquals(SealChainRule.AMENDMENT_WRONG_LEVEL,
                check(List.of(paraf(5, 1), amended(5, 1, 2), paraf(6, 2), signature(2)), 2));
        assertEquals(SealChainRule.AMENDMENT_WRONG_LEVEL,
                check(List.of(paraf(5, 1), paraf(6, 1), amended(6, 1, 2), signature(2)), 2));
    }

    @Test
    void everyLevelMustBePresent() {
        for (int missing = 5; missing <= 7; missing++) {
            List<SealChainRule.Link> links = new ArrayList<>(List.of(paraf(5, 1), paraf(6, 1), signature(1)));
            links.remove(missing - 5);
            assertEquals(SealChainRule.SEAL_MISSING_LEVEL, check(links, 1), "without level " + missing);
        }
    }

    @Test
    void twoSealsForOneLevelAreRefused() {
        assertEquals(SealChainRule.SEAL_DUPLICATE_LEVEL,
                check(List.of(paraf(5, 1), paraf(5, 1), paraf(6, 1), signature(1)), 1));
    }

    @Test
    void aParafAtTheSignersLevelIsNotASignature() {
        assertEquals(SealChainRule.SEAL_WRONG_ACT,
                check(List.of(paraf(5, 1), paraf(6, 1), approval(7, SealAct.PARAF, 1, h(1))), 1));
        assertEquals(SealChainRule.SEAL_WRONG_ACT,
                check(List.of(approval(5, SealAct.SIGNATURE, 1, h(1)), paraf(6, 1), signature(1)), 1));
    }

    @Test
    void anAmendmentBesideThePathIsRefused() {
        assertTrue(SealChainRule.check(List.of(paraf(5, 1), paraf(6, 1), signature(1), amended(7, 1, 2)), 1,
                h(1)).isPresent());
    }
}
