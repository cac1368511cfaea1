package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;

import static id.go.kalbarprov.sop.archive.domain.ArchiveAction.*;
import static id.go.kalbarprov.sop.archive.domain.ArchiveOrderState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveOrderWorkflowTest {

    @Test
    void stepsEightToTenLeadFromReceivedToFiled() {
        ArchiveOrderState state = RECEIVED;
        state = ArchiveOrderWorkflow.next(state, ORDER);
        assertEquals(ORDERED, state);
        state = ArchiveOrderWorkflow.next(state, DELEGATE);
        assertEquals(DELEGATED, state);
        state = ArchiveOrderWorkflow.next(state, FILE);
        assertEquals(FILED, state);
    }

    @Test
    void anotherArsiparisMayBeNamedUntilFiled() {
        assertEquals(DELEGATED, ArchiveOrderWorkflow.next(DELEGATED, DELEGATE));
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED,DELEGATE", "RECEIVED,FILE", "ORDERED,ORDER", "ORDERED,FILE", "DELEGATED,ORDER",
            "FILED,ORDER", "FILED,DELEGATE", "FILED,FILE"})
    void everyOtherMoveIsIllegalAndNamesTheCurrentState(ArchiveOrderState state, ArchiveAction action) {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> ArchiveOrderWorkflow.next(state, action));
        assertEquals(state, e.state());
        assertEquals(action, e.action());
    }

    @Test
    void aFiledOrderAllowsNothing() {
        assertTrue(ArchiveOrderWorkflow.movesFrom(FILED).isEmpty());
    }
}
