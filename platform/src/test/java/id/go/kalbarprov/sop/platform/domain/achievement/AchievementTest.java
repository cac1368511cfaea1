package id.go.kalbarprov.sop.platform.domain.achievement;

import static id.go.kalbarprov.sop.platform.domain.achievement.Direction.HIGHER_IS_BETTER;
import static id.go.kalbarprov.sop.platform.domain.achievement.Direction.LOWER_IS_BETTER;
import static id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention.INVERSE_RATIO;
import static id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention.TWICE_TARGET_MINUS_ACTUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AchievementTest {

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0} target {1} actual {2} ({3}) = {4}")
    @CsvSource({
            "HIGHER_IS_BETTER, 100, 80, INVERSE_RATIO, 80.00",
            "HIGHER_IS_BETTER, 3, 1, INVERSE_RATIO, 33.33",
            "HIGHER_IS_BETTER, 3, 2, INVERSE_RATIO, 66.67",
            "HIGHER_IS_BETTER, 0.1, 0.3, INVERSE_RATIO, 300.00",
            "HIGHER_IS_BETTER, 100, 0, INVERSE_RATIO, 0.00",
            "HIGHER_IS_BETTER, 1234.5, 1234.5, INVERSE_RATIO, 100.00",
            "LOWER_IS_BETTER, 2, 2.5, INVERSE_RATIO, 80.00",
            "LOWER_IS_BETTER, 2, 1, INVERSE_RATIO, 200.00",
            "LOWER_IS_BETTER, 2, 0, INVERSE_RATIO, 100.00",
            "LOWER_IS_BETTER, 2, 2.5, TWICE_TARGET_MINUS_ACTUAL, 75.00",
            "LOWER_IS_BETTER, 2, 1, TWICE_TARGET_MINUS_ACTUAL, 150.00",
            "LOWER_IS_BETTER, 2, 0, TWICE_TARGET_MINUS_ACTUAL, 200.00",
            "LOWER_IS_BETTER, 2, 5, TWICE_TARGET_MINUS_ACTUAL, -50.00",
            "LOWER_IS_BETTER, 2, -1, TWICE_TARGET_MINUS_ACTUAL, 250.00",
            "LOWER_IS_BETTER, 5, -0.5, TWICE_TARGET_MINUS_ACTUAL, 210.00",
            "LOWER_IS_BETTER, 2, 0, INVERSE_RATIO, 100.00",
            "HIGHER_IS_BETTER, 100, -20, INVERSE_RATIO, -20.00",
    })
    void computesExactPercentRoundedHalfUpToTwoDecimals(Direction direction, String target, String actual,
                                                       LowerIsBetterConvention convention, String expected) {
        Achievement a = Achievement.of(direction, d(target), d(actual), convention);
        assertEquals(d(expected), a.percent());
        assertNull(a.reason());
    }

    @Test
    void targetZeroIsNotComputableNeverInfinity() {
        for (LowerIsBetterConvention c : LowerIsBetterConvention.values()) {
            for (Direction dir : Direction.values()) {
                Achievement a = Achievement.of(dir, BigDecimal.ZERO, d("5"), c);
                assertFalse(a.computable());
                assertEquals(Achievement.NotComputable.TARGET_ZERO, a.reason());
            }
        }
    }

    @ParameterizedTest(name = "target {0} actual {1}")
    @CsvSource({"2, -1", "100, -600", "0.5, -0.0001"})
    void aNegativeActualIsNotComputableUnderTheInverseRatio(String target, String actual) {
        Achievement a = Achievement.of(LOWER_IS_BETTER, d(target), d(actual), INVERSE_RATIO);
        assertFalse(a.computable());
        assertNull(a.percent());
        assertNull(a.rating());
        assertEquals(Achievement.NotComputable.NEGATIVE_ACTUAL, a.reason());
    }

    @Test
    void aNegativeActualBeatsTheTargetUnderTwiceTargetMinusActual() {
        Achievement a = Achievement.of(LOWER_IS_BETTER, d("2"), d("-10"), TWICE_TARGET_MINUS_ACTUAL);
        assertEquals(d("700.00"), a.percent());
        assertEquals("VERY_GOOD", a.rating());
        assertNull(a.reason());
    }

    @Test
    void targetZeroComesBeforeANegativeActual() {
        assertEquals(Achievement.NotComputable.TARGET_ZERO,
                Achievement.of(LOWER_IS_BETTER, BigDecimal.ZERO, d("-1"), INVERSE_RATIO).reason());
    }

    @Test
    void blankIsNotZero() {
        assertEquals(Achievement.NotComputable.VALUE_MISSING,
                Achievement.of(HIGHER_IS_BETTER, d("100"), null, INVERSE_RATIO).reason());
        assertEquals(Achievement.NotComputable.VALUE_MISSING,
                Achievement.of(LOWER_IS_BETTER, null, d("1"), TWICE_TARGET_MINUS_ACTUAL).reason());
    }

    @ParameterizedTest
    @CsvSource({"100, VERY_GOOD", "91, VERY_GOOD", "90.99, VERY_GOOD", "90, GOOD", "76, GOOD", "75, FAIR",
            "66, FAIR", "65, POOR", "51, POOR", "50, VERY_POOR", "0, VERY_POOR"})
    void ratesOnTheCommonScale(String percent, String rating) {
        assertEquals(rating, Achievement.of(HIGHER_IS_BETTER, d("100"), d(percent), INVERSE_RATIO).rating());
    }
}
