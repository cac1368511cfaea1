package id.go.kalbarprov.sop.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewChainTest {

    private static final Person KASUBBAG = new Person("kasubbag.one", "197502022000032002", "Kasubbag", Set.of("kasubbag"), false);
    private static final Person KABAG = new Person("kabag.one", "197001011995031001", "Kabag", Set.of("kabag"), false);
    private static final Person KARO = new Person("karo.one", "196609211986031004", "Karo", Set.of("karo"), false);

    private static ReviewChain fresh() {
        return ReviewChain.start("pelaksana.one", "199003032015031003");
    }

    private static ChainRefusal.Reason refusal(Runnable move) {
        return assertThrows(ChainRefusal.class, move::run).reason();
    }

    @Test
    void aFirstDraftIsReviewedAtLevel5InRound1() {
        ReviewChain chain = fresh();
        assertEquals(ReviewStatus.IN_REVIEW, chain.status());
        assertEquals(Level.KASUBBAG, chain.level());
        assertEquals(1, chain.round());
        assertEquals(1, chain.currentVersion());
    }

    @Test
    void approvalsGoUpWithParafAt5And6AndEndWithTheSignatureAt7() {
        ReviewChain chain = fresh();
        ReviewChain.Move paraf5 = chain.approve(KASUBBAG, 1);
        assertEquals(ActKind.INITIALLED, paraf5.act());
        assertEquals(Level.KABAG, chain.level());
        ReviewChain.Move paraf6 = chain.approve(KABAG, 1);
        assertEquals(ActKind.INITIALLED, paraf6.act());
        assertEquals(Level.KARO, chain.level());
        ReviewChain.Move signature = chain.approve(KARO, 1);
        assertEquals(ActKind.SIGNED, signature.act());
        assertEquals(ReviewStatus.SIGNED, chain.status());
        assertTrue(signature.nextLevel().isEmpty());
    }

    @Test
    void anAmendmentMakesANewVersionAndKeepsTheLevel() {
        ReviewChain chain = fresh();
        assertEquals(2, chain.amend(KASUBBAG, 1));
        assertEquals(Level.KASUBBAG, chain.level());
        chain.approve(KASUBBAG, 2);
        assertEquals(3, chain.amend(KABAG, 2));
        chain.approve(KABAG, 3);
        assertEquals(4, chain.amend(KARO, 3));
        chain.approve(KARO, 4);
        assertEquals(ReviewStatus.SIGNED, chain.status());
    }

    @Test
    void returnFromLevel7GoesBackToLevel6WithReasonInANewRound() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        chain.approve(KABAG, 1);
        ReviewChain.Move back = chain.returnDown(KARO, 1, "Target for IKU 2 is wrong");
        assertEquals(ActKind.RETURNED, back.act());
        assertEquals(Level.KARO, back.decidedAt());
        assertEquals(1, back.round());
        assertEquals(Level.KABAG, chain.level());
        assertEquals(2, chain.round());
    }

    @Test
    void returnFromLevel6GoesBackToLevel5() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        chain.returnDown(KABAG, 1, "Check the source");
        assertEquals(Level.KASUBBAG, chain.level());
        assertEquals(ReviewStatus.IN_REVIEW, chain.status());
    }

    @Test
    void returnFromLevel5GoesBackToThePelaksana() {
        ReviewChain chain = fresh();
        ReviewChain.Move back = chain.returnDown(KASUBBAG, 1, "Rows missing");
        assertEquals(ReviewStatus.RETURNED_TO_PELAKSANA, back.nextStatus());
        assertTrue(back.nextLevel().isEmpty());
        assertEquals(ReviewStatus.RETURNED_TO_PELAKSANA, chain.status());
    }

    @Test
    void aResubmissionAfterAReturnStartsAgainAtLevel5WithANewVersion() {
        ReviewChain chain = fresh();
        chain.returnDown(KASUBBAG, 1, "Rows missing");
        assertEquals(2, chain.resubmit("pelaksana.one", "199003032015031003"));
        assertEquals(Level.KASUBBAG, chain.level());
        assertEquals(ReviewStatus.IN_REVIEW, chain.status());
        assertEquals(2, chain.round());
    }

    @Test
    void severalRoundsOfReturnsAndApprovalsEndSigned() {
        ReviewChain chain = fresh();
        chain.returnDown(KASUBBAG, 1, "round 1: back to pelaksana");
        chain.resubmit("pelaksana.one", null);
        chain.approve(KASUBBAG, 2);
        chain.returnDown(KABAG, 2, "round 2: back to 5");
        chain.amend(KASUBBAG, 2);
        chain.approve(KASUBBAG, 3);
        chain.approve(KABAG, 3);
        chain.returnDown(KARO, 3, "round 4: back to 6");
        chain.returnDown(KABAG, 3, "round 5: further down to 5");
        chain.amend(KASUBBAG, 3);
        chain.approve(KASUBBAG, 4);
        chain.approve(KABAG, 4);
        chain.approve(KARO, 4);
        assertEquals(ReviewStatus.SIGNED, chain.status());
        assertEquals(5, chain.round());
    }

    @Test
    void aLevelApprovesAVersionOnceAndAfterAReturnMustAmendOrReturnFurther() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        chain.returnDown(KABAG, 1, "Check the data source");
        assertEquals(ChainRefusal.Reason.ALREADY_APPROVED, refusal(() -> chain.approve(KASUBBAG, 1)));
        chain.amend(KASUBBAG, 1);
        chain.approve(KASUBBAG, 2);
        assertEquals(Level.KABAG, chain.level());
    }

    @Test
    void aReturnNeedsAReason() {
        assertEquals(ChainRefusal.Reason.REASON_REQUIRED, refusal(() -> fresh().returnDown(KASUBBAG, 1, " ")));
        assertEquals(ChainRefusal.Reason.REASON_REQUIRED, refusal(() -> fresh().returnDown(KASUBBAG, 1, null)));
    }

    @Test
    void onlyTheCurrentLevelsRoleMayAct() {
        ReviewChain chain = fresh();
        assertEquals(ChainRefusal.Reason.NOT_YOUR_LEVEL, refusal(() -> chain.approve(KABAG, 1)));
        assertEquals(ChainRefusal.Reason.NOT_YOUR_LEVEL, refusal(() -> chain.approve(KARO, 1)));
        assertEquals(ChainRefusal.Reason.NOT_YOUR_LEVEL, refusal(() -> chain.amend(KARO, 1)));
        assertEquals(ChainRefusal.Reason.NOT_YOUR_LEVEL, refusal(() -> chain.returnDown(KABAG, 1, "x")));
        Person pelaksana = new Person("p", null, "P", Set.of("pelaksana"), false);
        assertEquals(ChainRefusal.Reason.NOT_YOUR_LEVEL, refusal(() -> chain.approve(pelaksana, 1)));
    }

    @Test
    void aLevelThatAlreadyApprovedInThisRoundIsTooLate() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        Person anotherKasubbag = new Person("kasubbag.two", null, "K2", Set.of("kasubbag"), false);
        assertEquals(ChainRefusal.Reason.LEVEL_ALREADY_DECIDED, refusal(() -> chain.approve(anotherKasubbag, 1)));
        assertEquals(ChainRefusal.Reason.LEVEL_ALREADY_DECIDED, refusal(() -> chain.approve(KASUBBAG, 1)));
    }

    @Test
    void nothingIsAllowedOnASignedReview() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        chain.approve(KABAG, 1);
        chain.approve(KARO, 1);
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.approve(KARO, 1)));
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.amend(KARO, 1)));
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.returnDown(KARO, 1, "late")));
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.resubmit("pelaksana.one", null)));
    }

    @Test
    void nothingButAResubmissionIsAllowedWhileWithThePelaksana() {
        ReviewChain chain = fresh();
        chain.returnDown(KASUBBAG, 1, "Rows missing");
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.approve(KASUBBAG, 1)));
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.amend(KASUBBAG, 1)));
    }

    @Test
    void aResubmissionWhileInReviewIsRefused() {
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> fresh().resubmit("pelaksana.one", null)));
    }

    @Test
    void aStaleVersionIsRefused() {
        ReviewChain chain = fresh();
        chain.amend(KASUBBAG, 1);
        assertEquals(ChainRefusal.Reason.STALE_VERSION, refusal(() -> chain.approve(KASUBBAG, 1)));
        assertEquals(ChainRefusal.Reason.STALE_VERSION, refusal(() -> chain.amend(KASUBBAG, 1)));
        assertEquals(ChainRefusal.Reason.STALE_VERSION, refusal(() -> chain.returnDown(KASUBBAG, 3, "x")));
    }

    @Test
    void theSamePersonNeverActsAtTwoLevelsEvenAsActingOfficial() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        Person kasubbagAsPlhKabag = new Person("kasubbag.one", "197502022000032002", "Kasubbag", Set.of("kabag"), true);
        assertEquals(ChainRefusal.Reason.SAME_PERSON, refusal(() -> chain.approve(kasubbagAsPlhKabag, 1)));
        Person sameNipOtherLogin = new Person("someone.else", "197502022000032002", "?", Set.of("kabag"), false);
        assertEquals(ChainRefusal.Reason.SAME_PERSON, refusal(() -> chain.amend(sameNipOtherLogin, 1)));
        chain.approve(KABAG, 1);
        Person kabagAsPltKaro = new Person("kabag.one", null, "Kabag", Set.of("karo"), true);
        assertEquals(ChainRefusal.Reason.SAME_PERSON, refusal(() -> chain.approve(kabagAsPltKaro, 1)));
    }

    @Test
    void aReturnCountsAsActingAtThatLevel() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        Person kabagAlsoKasubbag = new Person("kabag.one", null, "Kabag", Set.of("kabag", "kasubbag"), true);
        chain.returnDown(kabagAlsoKasubbag, 1, "redo");
        assertEquals(ChainRefusal.Reason.SAME_PERSON, refusal(() -> chain.approve(kabagAlsoKasubbag, 1)));
    }

    @Test
    void thePelaksanaWhoCompiledTheDraftCannotReviewIt() {
        ReviewChain chain = fresh();
        Person pelaksanaAsPlhKasubbag = new Person("pelaksana.one", null, "P", Set.of("kasubbag"), true);
        assertEquals(ChainRefusal.Reason.SAME_PERSON, refusal(() -> chain.approve(pelaksanaAsPlhKasubbag, 1)));
    }

    @Test
    void theSamePersonMayActAgainAtTheirOwnLevelInALaterRound() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        chain.returnDown(KABAG, 1, "redo");
        chain.amend(KASUBBAG, 1);
        chain.approve(KASUBBAG, 2);
        assertEquals(Level.KABAG, chain.level());
    }

    @Test
    void aRestoredChainKeepsItsHistoryForTheOnePersonRule() {
        ReviewChain chain = ReviewChain.restore(ReviewStatus.IN_REVIEW, Level.KABAG, 1, 1, java.util.List.of(
                PastAct.submission(1, "pelaksana.one", null, 1),
                new PastAct(1, 5, ActKind.INITIALLED, "kasubbag.one", "197502022000032002", 1)));
        Person kasubbagAsPlhKabag = new Person("kasubbag.one", null, "K", Set.of("kabag"), true);
        assertEquals(ChainRefusal.Reason.SAME_PERSON, refusal(() -> chain.approve(kasubbagAsPlhKabag, 1)));
        assertEquals(ChainRefusal.Reason.LEVEL_ALREADY_DECIDED, refusal(() -> chain.approve(KASUBBAG, 1)));
    }

    @Test
    void theKaroClosesAtLevel7WithAReasonAndTheReviewIsFinal() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        chain.approve(KABAG, 1);
        assertEquals(ChainRefusal.Reason.REASON_REQUIRED, refusal(() -> chain.closeNoCorrection(KARO, 1, " ")));
        assertEquals(ChainRefusal.Reason.STALE_VERSION, refusal(() -> chain.closeNoCorrection(KARO, 2, "Fine")));
        ReviewChain.Move closed = chain.closeNoCorrection(KARO, 1, "The figures are right");
        assertEquals(ActKind.NO_CORRECTION, closed.act());
        assertEquals(Level.KARO, closed.decidedAt());
        assertEquals(ReviewStatus.CLOSED_NO_CORRECTION, chain.status());
        assertTrue(chain.status().isFinal());
        ChainRefusal late = assertThrows(ChainRefusal.class, () -> chain.approve(KARO, 1));
        assertEquals(ChainRefusal.Reason.WRONG_STATE, late.reason());
        assertEquals("APPROVE", late.action());
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.withdraw(KARO, "Late")));
    }

    @Test
    void noCorrectionNeededIsNotADecisionOfLevels5And6() {
        ReviewChain chain = fresh();
        ChainRefusal refused = assertThrows(ChainRefusal.class, () -> chain.closeNoCorrection(KASUBBAG, 1, "Fine"));
        assertEquals(ChainRefusal.Reason.NOT_AT_SIGNER_LEVEL, refused.reason());
        assertEquals("NO_CORRECTION", refused.action());
        assertEquals(ChainRefusal.Reason.NOT_YOUR_LEVEL, refusal(() -> chain.closeNoCorrection(KARO, 1, "Fine")));
        assertEquals(ReviewStatus.IN_REVIEW, chain.status());
    }

    @Test
    void theKaroWithdrawsAtAnyLevelOfTheReviewButNotAfterItEnded() {
        ReviewChain chain = fresh();
        chain.approve(KASUBBAG, 1);
        ReviewChain.Move withdrawn = chain.withdraw(KARO, "Cancelled");
        assertEquals(ActKind.WITHDRAWN, withdrawn.act());
        assertEquals(Level.KABAG, withdrawn.decidedAt(), "reported at the step whose turn it was");
        assertEquals(ReviewStatus.WITHDRAWN, chain.status());
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.withdraw(KARO, "Again")));
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.approve(KABAG, 1)));
        ReviewChain signed = fresh();
        signed.approve(KASUBBAG, 1);
        signed.approve(KABAG, 1);
        signed.approve(KARO, 1);
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> signed.withdraw(KARO, "Too late")));
    }

    @Test
    void aReviewBackWithThePelaksanaIsWithdrawnOnlyThroughTheReturnedState() {
        ReviewChain chain = fresh();
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.withdrawWhileReturned(KARO)));
        chain.returnDown(KASUBBAG, 1, "Recount");
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.withdraw(KARO, "Cancelled")));
        chain.withdrawWhileReturned(KARO);
        assertEquals(ReviewStatus.WITHDRAWN, chain.status());
        assertEquals(ChainRefusal.Reason.WRONG_STATE, refusal(() -> chain.resubmit("pelaksana.one", null)));
    }
}
