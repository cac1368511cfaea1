package id.go.kalbarprov.sop.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftCorrectionsTest {

    private static final LowerIsBetterConvention CONVENTION = LowerIsBetterConvention.INVERSE_RATIO;
    private static final Instant T0 = Instant.parse("2026-06-01T01:00:00Z");

    private static Map<String, Object> row(String rowId, String target, String actual) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId);
        row.put("unitCode", "DINKES");
        row.put("indicatorCode", "IKU-1");
        row.put("direction", "HIGHER_IS_BETTER");
        row.put("target", target);
        row.put("actualReported", "70");
        row.put("actualCorrected", actual);
        DraftFigures.recompute(row, CONVENTION);
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

    private static PelaksanaCorrection pelaksana(String rowId, String target, String actual, Instant at) {
        return new PelaksanaCorrection(rowId, target == null ? null : new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual), new BigDecimal("100"), new BigDecimal("90"),
                "Sesuai bukti", Map.of("upn", "pelaksana.one", "post", "Pelaksana"), at);
    }

    @Test
    void thePelaksanasCorrectionKeepsTheUnitsValueBesideAndRecomputesTheAchievement() {
        Map<String, Object> fresh = content(row("r1", "100", "90"));
        new DraftCorrections().pelaksana(pelaksana("r1", null, "92.5", T0)).applyTo(fresh, CONVENTION);
        Map<String, Object> r = first(fresh);
        assertEquals("92.5", r.get("actualCorrected"));
        assertEquals("90", r.get("unitActualCorrected"));
        assertEquals("100", r.get("unitTarget"));
        assertEquals("100", r.get("target"));
        assertEquals("Sesuai bukti", r.get("correctionReason"));
        assertEquals("pelaksana.one", ((Map<?, ?>) r.get("correctedBy")).get("upn"));
        assertEquals("92.5", r.get("achievementAfter"));
        assertEquals("VERY_GOOD", r.get("achievementAfterRating"));
    }

    @Test
    void forAFieldCorrectedByBothTheLaterActWins() {
        // The pelaksana corrects, the reviewers change it in round 1, the pelaksana corrects again in revision.
        Map<String, Object> v1 = content(row("r1", "100", "92"));
        Map<String, Object> reviewed = content(row("r1", "100", "85"));
        DraftCorrections corrections = new DraftCorrections()
                .pelaksana(pelaksana("r1", null, "92", T0))
                .round(T0.plusSeconds(60), v1, reviewed);
        Map<String, Object> fresh = content(row("r1", "100", "90"));
        corrections.applyTo(fresh, CONVENTION);
        assertEquals("85", first(fresh).get("actualCorrected"));

        corrections.pelaksana(pelaksana("r1", "80", "87", T0.plusSeconds(120)));
        fresh = content(row("r1", "100", "90"));
        corrections.applyTo(fresh, CONVENTION);
        assertEquals("87", first(fresh).get("actualCorrected"));
        assertEquals("80", first(fresh).get("target"));
        assertEquals("108.75", first(fresh).get("achievementAfter"));
    }

    @Test
    void aCorrectionIsBoundToItsRowAndLapsesWhenTheUnitResubmits() {
        Map<String, Object> resubmitted = content(row("r2", "100", "95"));
        new DraftCorrections().pelaksana(pelaksana("r1", null, "92", T0)).applyTo(resubmitted, CONVENTION);
        assertEquals("95", first(resubmitted).get("actualCorrected"));
        assertFalse(first(resubmitted).containsKey("unitActualCorrected"));
    }
}
