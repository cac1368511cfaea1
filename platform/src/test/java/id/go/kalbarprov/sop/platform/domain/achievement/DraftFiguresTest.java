package id.go.kalbarprov.sop.platform.domain.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftFiguresTest {

    private static Map<String, Object> lowerIsBetterRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(DraftFigures.DIRECTION, "LOWER_IS_BETTER");
        row.put(DraftFigures.TARGET, "10");
        row.put(DraftFigures.ACTUAL_REPORTED, "20");
        row.put(DraftFigures.ACTUAL_CORRECTED, "8");
        return row;
    }

    @Test
    void aRowWithoutItsOwnConventionIsComputedUnderTheDrafts() {
        Map<String, Object> row = lowerIsBetterRow();
        DraftFigures.recompute(row, LowerIsBetterConvention.INVERSE_RATIO);
        assertEquals("50", row.get("achievementBefore"));
        assertEquals("125", row.get("achievementAfter"));
    }

    @Test
    void aRowNamingItsIndicatorsConventionIsComputedUnderIt() {
        Map<String, Object> row = lowerIsBetterRow();
        row.put(DraftFigures.CONVENTION, "TWICE_TARGET_MINUS_ACTUAL");
        DraftFigures.recompute(row, LowerIsBetterConvention.INVERSE_RATIO);
        assertEquals("0", row.get("achievementBefore"));
        assertEquals("120", row.get("achievementAfter"));
        assertEquals("TWICE_TARGET_MINUS_ACTUAL", row.get(DraftFigures.CONVENTION), "the row's own stays");
    }
}
