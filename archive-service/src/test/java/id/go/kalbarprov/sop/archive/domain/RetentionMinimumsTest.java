package id.go.kalbarprov.sop.archive.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionMinimumsTest {

    private final RetentionMinimums minimums = new RetentionMinimums(Map.of("000.8.6.3", 5, "000.8", 3));

    @ParameterizedTest
    @CsvSource({
            "000.8.6.3, 5, 000.8.6.3",
            "000.8.6.3.1, 5, 000.8.6.3",
            "000.8.3.3, 3, 000.8",
            "000.8, 3, 000.8"})
    void aMinimumCoversItsCodeAndSubCodesTheNearestWins(String code, int years, String setOn) {
        assertEquals(new RetentionMinimums.Minimum(years, setOn), minimums.minimumFor(code));
    }

    @Test
    void aCodeWithoutAKnownMinimumNeedsOneYear() {
        RetentionMinimums.Minimum minimum = minimums.minimumFor("900.1");
        assertTrue(minimum.isDefault());
        assertEquals(1, minimum.years());
        assertEquals(1, RetentionMinimums.DEFAULT_MINIMUM_YEARS);
        assertTrue(minimums.check("900.1", new RetentionRule(0, 0, FinalDisposition.DESTROY)).isPresent());
        assertTrue(minimums.check("900.1", new RetentionRule(1, 0, FinalDisposition.DESTROY)).isEmpty());
        assertTrue(minimums.check("900.1", new RetentionRule(0, 1, FinalDisposition.DESTROY)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0, DESTROY, true",
            "2, 2, DESTROY, true",
            "2, 3, DESTROY, false",
            "0, 5, DESTROY, false",
            "10, 0, DESTROY, false",
            "0, 0, PERMANENT, false",
            "0, 0, REVIEW, false"})
    void onlyADestroyingRuleIsHeldToTheMinimumOfActivePlusInactiveYears(int active, int inactive,
                                                                      FinalDisposition disposition, boolean short_) {
        var shortfall = minimums.check("000.8.6.3", new RetentionRule(active, inactive, disposition));
        assertEquals(short_, shortfall.isPresent());
        shortfall.ifPresent(s -> {
            assertEquals(active + inactive, s.years());
            assertEquals(5, s.minimum().years());
        });
    }

    @Test
    void aProposalIsDecidedOnceEitherWay() {
        assertEquals(ProposalState.APPROVED, ProposalState.PENDING.decide(ProposalState.ProposalDecision.APPROVE));
        assertEquals(ProposalState.REJECTED, ProposalState.PENDING.decide(ProposalState.ProposalDecision.REJECT));
        for (ProposalState decided : new ProposalState[] {ProposalState.APPROVED, ProposalState.REJECTED}) {
            for (ProposalState.ProposalDecision decision : ProposalState.ProposalDecision.values()) {
                IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                        () -> decided.decide(decision));
                assertEquals(decided, e.state());
            }
        }
    }
}
