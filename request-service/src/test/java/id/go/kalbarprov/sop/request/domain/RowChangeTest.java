package id.go.kalbarprov.sop.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.achievement.Direction;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RowChangeTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("20");

    private static RowChange change(String target, String reported, String corrected) {
        return RowChange.of(Direction.HIGHER_IS_BETTER, target == null ? null : new BigDecimal(target),
                reported == null ? null : new BigDecimal(reported), corrected == null ? null : new BigDecimal(corrected),
                LowerIsBetterConvention.INVERSE_RATIO, THRESHOLD);
    }

    @Test
    void equalValuesAtDifferentScalesAreUnchanged() {
        RowChange c = change("100", "80.0", "80");
        assertTrue(c.unchanged());
        assertFalse(c.outsized());
        assertEquals(new BigDecimal("0.00"), c.changePercent());
    }

    @Test
    void aChangeAboveTheThresholdIsOutsizedAndExactlyAtItIsNot() {
        assertTrue(change("100", "100", "120.01").outsized());
        assertFalse(change("100", "100", "120").outsized());
        assertTrue(change("100", "100", "79").outsized());
    }

    @Test
    void fromZeroAnyChangeIsOutsized() {
        RowChange c = change("10", "0", "1");
        assertTrue(c.outsized());
        assertNull(c.changePercent());
    }

    @Test
    void aBlankCorrectionIsNotUnchangedAndNotComputable() {
        RowChange c = change("100", "80", null);
        assertFalse(c.unchanged());
        assertFalse(c.after().computable());
    }
}
