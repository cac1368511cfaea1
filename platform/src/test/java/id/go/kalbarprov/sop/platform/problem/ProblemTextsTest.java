package id.go.kalbarprov.sop.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Officials read Indonesian: every shared code and message exists in both languages. */
class ProblemTextsTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ProblemTextsTest.class.getResourceAsStream("/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everySharedCodeHasATitleInEnglishAndIndonesian() {
        for (CommonProblem code : CommonProblem.values()) {
            String english = ProblemTexts.title(code, Locale.ENGLISH);
            String indonesian = ProblemTexts.title(code, ProblemTexts.INDONESIAN);
            assertNotEquals("title." + code.name(), english, code.name());
            assertNotEquals("title." + code.name(), indonesian, code.name());
            assertNotEquals(english, indonesian, code.name());
        }
    }

    @Test
    void bothLanguagesHaveTheSameMessages() throws IOException {
        // Standard constraint texts are Indonesian only: in English the validator's own message stands.
        Set<Object> indonesian = load("platform-problems_id.properties").keySet().stream()
                .filter(key -> !key.toString().startsWith("constraint.")).collect(Collectors.toSet());
        assertEquals(load("platform-problems.properties").keySet(), indonesian);
    }

    @Test
    void argumentsAreFilledInInTheCallersLanguage() {
        assertEquals("The request body exceeds the limit of 262144 bytes.",
                ProblemTexts.detail("payload-too-large", new Object[] {"262144"}, Locale.ENGLISH));
        assertTrue(ProblemTexts.detail("payload-too-large", new Object[] {"262144"}, ProblemTexts.INDONESIAN)
                .contains("262144"));
    }

    @Test
    void anUnknownKeyIsShownAsItselfRatherThanFailing() {
        assertEquals("detail.no-such-key", ProblemTexts.detail("no-such-key", new Object[0], Locale.ENGLISH));
    }
}
