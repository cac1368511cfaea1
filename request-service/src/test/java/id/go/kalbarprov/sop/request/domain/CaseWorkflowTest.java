package id.go.kalbarprov.sop.request.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;

import static id.go.kalbarprov.sop.request.domain.CaseAction.*;
import static id.go.kalbarprov.sop.request.domain.CaseState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseWorkflowTest {

    /** The complete table of legal moves: anything not here must be refused. */
    private static final Map<CaseState, Map<CaseAction, CaseState>> LEGAL = Map.ofEntries(
            Map.entry(OPEN, Map.of(ISSUE_MEMO, COLLECTING, WITHDRAW, WITHDRAWN)),
            Map.entry(COLLECTING, Map.of(SUBMIT_UNIT_DATA, COLLECTING, FORWARD, FORWARDED, WITHDRAW, WITHDRAWN,
                    REMIND_LATE_UNITS, COLLECTING)),
            Map.entry(FORWARDED, Map.of(ASSIGN, DRAFTING, REOPEN_COLLECTION, REOPENED, WITHDRAW, WITHDRAWN)),
            Map.entry(REOPENED, Map.of(SUBMIT_UNIT_DATA, REOPENED, FORWARD, FORWARDED, WITHDRAW, WITHDRAWN)),
            Map.entry(DRAFTING, Map.of(ASSIGN, DRAFTING, EDIT_DRAFT, DRAFTING, SUBMIT_DRAFT, IN_REVIEW,
                    REOPEN_COLLECTION, REOPENED, WITHDRAW, WITHDRAWN)),
            Map.entry(IN_REVIEW, Map.of(RETURN_FOR_REVISION, REVISION, RECORD_SIGNATURE, SIGNED,
                    RECORD_WITHDRAWAL, WITHDRAWN, RECORD_NO_CORRECTION, CLOSED_NO_CORRECTION)),
            Map.entry(REVISION, Map.of(ASSIGN, REVISION, EDIT_DRAFT, REVISION, SUBMIT_DRAFT, IN_REVIEW,
                    REOPEN_COLLECTION, REOPENED, WITHDRAW, WITHDRAWN)),
            Map.entry(SIGNED, Map.of(RECORD_FILING, ARCHIVED)),
            Map.entry(ARCHIVED, Map.of()),
            Map.entry(WITHDRAWN, Map.of()),
            Map.entry(CLOSED_NO_CORRECTION, Map.of()));

    static Stream<Arguments> legalMoves() {
        List<Arguments> moves = new ArrayList<>();
        LEGAL.forEach((from, actions) -> actions.forEach((action, to) -> moves.add(Arguments.of(from, action, to))));
        return moves.stream();
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                if (!LEGAL.get(state).containsKey(action)) {
                    moves.add(Arguments.of(state, action));
                }
            }
        }
        return moves.stream();
    }

    @Test
    void aStateIsInProgressExactlyWhenSomeMoveLeavesIt() {
        for (CaseState state : CaseState.values()) {
            assertEquals(!LEGAL.get(state).isEmpty(), state.inProgress(), state.name());
        }
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("legalMoves")
    void everyLegalMoveLeadsToItsState(CaseState from, CaseAction action, CaseState to) {
        assertEquals(to, CaseWorkflow.next(from, action));
    }

    @ParameterizedTest(name = "{0} + {1} refused")
    @MethodSource("illegalMoves")
    void everyOtherMoveIsRefusedWithTheCurrentState(CaseState from, CaseAction action) {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> CaseWorkflow.next(from, action));
        assertEquals(from, e.state());
        assertEquals(action, e.action());
    }

    @Test
    void aCaseCanGoThroughSeveralRevisionRoundsToArchived() {
        CaseState s = OPEN;
        for (CaseAction a : List.of(ISSUE_MEMO, SUBMIT_UNIT_DATA, FORWARD, ASSIGN, EDIT_DRAFT, SUBMIT_DRAFT,
                RETURN_FOR_REVISION, EDIT_DRAFT, SUBMIT_DRAFT, RETURN_FOR_REVISION, SUBMIT_DRAFT, RECORD_SIGNATURE,
                RECORD_FILING)) {
            s = CaseWorkflow.next(s, a);
        }
        assertEquals(ARCHIVED, s);
    }

    @Test
    void theKaroWithdrawsWhileThisServiceOwnsTheCaseAndTheOutcomesAreFinal() {
        for (CaseState owned : List.of(CaseState.OPEN, CaseState.COLLECTING, CaseState.FORWARDED, CaseState.DRAFTING,
                CaseState.REVISION, CaseState.REOPENED)) {
            assertEquals(CaseState.WITHDRAWN, CaseWorkflow.next(owned, CaseAction.WITHDRAW));
        }
        for (CaseState notOwned : List.of(CaseState.IN_REVIEW, CaseState.SIGNED, CaseState.ARCHIVED,
                CaseState.WITHDRAWN, CaseState.CLOSED_NO_CORRECTION)) {
            assertFalse(CaseWorkflow.allows(notOwned, CaseAction.WITHDRAW), notOwned.name());
        }
        assertEquals(CaseState.WITHDRAWN, CaseWorkflow.next(CaseState.IN_REVIEW, CaseAction.RECORD_WITHDRAWAL));
        assertEquals(CaseState.CLOSED_NO_CORRECTION,
                CaseWorkflow.next(CaseState.IN_REVIEW, CaseAction.RECORD_NO_CORRECTION));
        assertFalse(CaseWorkflow.allows(CaseState.REVISION, CaseAction.RECORD_NO_CORRECTION));
        assertTrue(CaseWorkflow.movesFrom(CaseState.WITHDRAWN).isEmpty());
        assertTrue(CaseWorkflow.movesFrom(CaseState.CLOSED_NO_CORRECTION).isEmpty());
    }

    @Test
    void forwardingAgainResumesTheStateTheCaseWasReopenedFrom() {
        for (CaseState from : List.of(FORWARDED, DRAFTING, REVISION)) {
            CaseState reopened = CaseWorkflow.next(from, REOPEN_COLLECTION);
            assertEquals(REOPENED, CaseWorkflow.next(reopened, SUBMIT_UNIT_DATA));
            assertEquals(from, CaseWorkflow.resume(reopened, from));
        }
        assertThrows(IllegalTransitionException.class, () -> CaseWorkflow.resume(DRAFTING, DRAFTING));
        assertThrows(IllegalStateException.class, () -> CaseWorkflow.resume(REOPENED, IN_REVIEW));
        assertThrows(IllegalStateException.class, () -> CaseWorkflow.resume(REOPENED, null));
    }
}
