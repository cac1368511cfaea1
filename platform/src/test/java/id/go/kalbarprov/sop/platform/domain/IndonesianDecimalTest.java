package id.go.kalbarprov.sop.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianDecimalTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource(delimiter = ';', value = {
            "1.234,5; 1234.5", "1.234.567,89; 1234567.89", "0,5; 0.5", "12,75; 12.75", "1234,5; 1234.5",
            "1.234; 1234", "100; 100", "-2,5; -2.5", " 7 ; 7", "0; 0", "-0,125; -0.125", "+1.000; 1000",
            "999.999,0001; 999999.0001", "12,50; 12.50", "1234567; 1234567"})
    void readsTheIndonesianForm(String text, String expected) {
        IndonesianDecimal.Reading reading = IndonesianDecimal.read(text);
        assertEquals(new BigDecimal(expected), reading.value());
        assertNull(reading.refusal());
        assertEquals(new BigDecimal(expected), IndonesianDecimal.parse(text).orElseThrow());
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = ';', value = {
            "0.500; a leading 0 can never start a thousands group",
            "0.125; a leading 0 can never start a thousands group",
            "1.5; a group after the first must have exactly three digits",
            "12.50; a group after the first must have exactly three digits",
            "1.23,4; a group after the first must have exactly three digits",
            "1.2345; a group after the first must have exactly three digits",
            "1..2; a group after the first must have exactly three digits",
            "1.; a group after the first must have exactly three digits",
            "012; does not start with 0",
            "00,5; does not start with 0",
            "1234.567; one to three digits",
            "1,2,3; at most one decimal comma",
            "1,234.5; cannot follow the decimal comma",
            "1,; digits are needed after the decimal comma",
            ",5; starts with a digit",
            ".500; starts with a digit",
            "-; starts with a digit",
            "1 234,5; only digits",
            "1e5; only digits",
            "--1; only digits",
            "NaN; only digits",
            "abc; only digits"})
    void refusesWithTheReasonWhy(String text, String reason) {
        IndonesianDecimal.Reading reading = IndonesianDecimal.read(text);
        assertFalse(reading.ok());
        assertNull(reading.value());
        assertTrue(reading.refusal().contains(reason), reading.refusal());
        assertTrue(IndonesianDecimal.parse(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345678901234567890123456789012345678901"})
    void refusesEmptyAndOverlongText(String text) {
        assertFalse(IndonesianDecimal.read(text).ok());
        assertFalse(IndonesianDecimal.read(null).ok());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1234.5; 1.234,5", "0.5; 0,5", "-1234567.0001; -1.234.567,0001", "0; 0",
            "100; 100", "999; 999", "1000; 1.000"})
    void formatsTheIndonesianWay(String value, String text) {
        assertEquals(text, IndonesianDecimal.format(new BigDecimal(value)));
    }
}
