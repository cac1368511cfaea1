package id.go.kalbarprov.sop.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.Limits;
import org.junit.jupiter.api.Test;

class RegexExamplesTest {

    @Test
    void theLongestTextOfAPatternMatchesIt() {
        for (String pattern : new String[] {Limits.SHA256, Limits.CLASSIFICATION, Limits.VERIFICATION_ID,
                "^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$", "^\\d{18}$", "^[^\\s]+$"}) {
            String text = RegexExamples.of(pattern, 10);
            assertTrue(text.matches(pattern), pattern + " / " + text);
        }
        assertEquals(19, RegexExamples.of(Limits.CLASSIFICATION, 19).length());
        assertTrue(RegexExamples.of(Limits.CLASSIFICATION, 19).matches(Limits.CLASSIFICATION));
        assertEquals(100, RegexExamples.of("^[^\\s]+$", 100).length());
        assertEquals(51, RegexExamples.of("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$", 51).length());
    }
}
