package id.go.kalbarprov.sop.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseActionTest {

    /** The document bounds a case's allowed actions by COUNT: it must be how many there are. */
    @Test
    void countIsTheNumberOfActions() {
        assertEquals(CaseAction.values().length, CaseAction.COUNT);
    }
}
