package id.go.kalbarprov.sop.platform.domain;

import id.go.kalbarprov.sop.platform.domain.IndonesianDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianDecimalTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource(delimiter = ';', value = {
            "1.234,5; 1234.5", "1.234.567,89; 1234567.89", "0,5; 0.5", "12,75; 12.75", "1234,5; 1234.5",
            "1.234; 1234", "12.5; 12.5", "100; 100", "-2,5; -2.5", " 7 ; 7", "1 234,5; 1234.5"})
    void readsIndonesianAndPlainForms(String text, String expected) {
        assertEquals(new BigDecimal(expected), IndonesianDecimal.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,2,3", "1.23,4", "12.34.5", "1e5", "NaN", "Infinity", "--1", "1..2",
            "12345678901234567890123456789012345678901"})
    void refusesWhatIsNotANumber(String text) {
        assertTrue(IndonesianDecimal.parse(text).isEmpty());
    }
}
