package id.go.kalbarprov.sop.review.problem;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemCode;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Officials read Indonesian: every code and every message exists in both languages. */
class ProblemTextsTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ProblemTextsTest.class.getResourceAsStream("/" + name)) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyCodeHasATitleInEnglishAndIndonesian() {
        List<ProblemCode> codes = new ArrayList<>(List.of(ReviewProblem.values()));
        codes.addAll(List.of(CommonProblem.values()));
        for (ProblemCode code : codes) {
            String english = ProblemTexts.title(code, Locale.ENGLISH);
            String indonesian = ProblemTexts.title(code, ProblemTexts.INDONESIAN);
            assertNotEquals("title." + code.name(), english, code.name());
            assertNotEquals("title." + code.name(), indonesian, code.name());
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("problems.properties").keySet(), load("problems_id.properties").keySet());
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Reviu berada pada tingkat 6; hanya kabag yang dapat bertindak sekarang.",
                ProblemTexts.detail("not-your-level", new Object[] {6, "kabag"}, ProblemTexts.INDONESIAN));
    }
}
