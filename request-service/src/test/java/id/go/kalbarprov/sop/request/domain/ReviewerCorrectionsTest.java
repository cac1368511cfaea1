package id.go.kalbarprov.sop.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewerCorrectionsTest {

    private static Map<String, Object> row(String rowId, String target, String actual) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId);
        row.put("unitCode", "DINKES");
        row.put("indicatorCode", "IKU-1");
        row.put("direction", "HIGHER_IS_BETTER");
        row.put("target", target);
        row.put("actualReported", "70");
        row.put("actualCorrected", actual);
        row.put("reason", "Salah input");
        DraftFigures.recompute(row, LowerIsBetterConvention.INVERSE_RATIO);
        return row;
    }

    private static Map<String, Object> content(Map<String, Object> row) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("rows", new ArrayList<>(List.of(row)));
        return content;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> content) {
        return ((List<Map<String, Object>>) content.get("rows")).get(0);
    }

    @Test
    void aReviewersCorrectionWinsOverAUnitsLaterChangeOfThatFieldOnly() {
        Map<String, Object> reviewed = row("r1", "100", "95");
        reviewed.put("reviewerNote", "Per BPS");
        ReviewerCorrections corrections = new ReviewerCorrections()
                .add(content(row("r1", "100", "90")), content(reviewed));
        // the unit resubmitted: new row id, new target and actual
        Map<String, Object> fresh = content(row("r2", "120", "70"));
        corrections.applyTo(fresh, LowerIsBetterConvention.INVERSE_RATIO);
        assertEquals("120", first(fresh).get("target"));
        assertEquals("95", first(fresh).get("actualCorrected"));
        assertEquals("Per BPS", first(fresh).get("reviewerNote"));
        assertEquals("79.17", first(fresh).get("achievementAfter"));
        assertEquals("GOOD", first(fresh).get("achievementAfterRating"));
    }

    @Test
    void aLaterRoundReplacesAnEarlierCorrectionAndAnUnchangedRoundKeepsIt() {
        ReviewerCorrections corrections = new ReviewerCorrections()
                .add(content(row("r1", "100", "90")), content(row("r1", "100", "95")))
                .add(content(row("r1", "100", "95")), content(row("r1", "100", "95")));
        Map<String, Object> fresh = content(row("r1", "100", "90"));
        corrections.applyTo(fresh, LowerIsBetterConvention.INVERSE_RATIO);
        assertEquals("95", first(fresh).get("actualCorrected"));
        corrections.add(content(row("r1", "100", "95")), content(row("r1", "100", "97")));
        corrections.applyTo(fresh, LowerIsBetterConvention.INVERSE_RATIO);
        assertEquals("97", first(fresh).get("actualCorrected"));
        assertEquals("97", first(fresh).get("achievementAfter"));
    }

    @Test
    void withoutReturnsNothingChanges() {
        ReviewerCorrections none = new ReviewerCorrections();
        assertTrue(none.isEmpty());
        Map<String, Object> fresh = content(row("r1", "100", "90"));
        Map<String, Object> before = new LinkedHashMap<>(first(fresh));
        none.applyTo(fresh, LowerIsBetterConvention.INVERSE_RATIO);
        assertEquals(before, first(fresh));
    }
}
