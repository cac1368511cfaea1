package id.go.kalbarprov.sop.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kalbarprov.sop.platform.domain.achievement.DraftFigures;
import id.go.kalbarprov.sop.platform.domain.achievement.LowerIsBetterConvention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reviewer's amendment of a row the pelaksana corrected in step 4 (issue 16): both facts stay in the row. */
class DraftAmendmentTest {

    private static Map<String, Object> correctedContent() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", "r1");
        row.put("unitCode", "DINKES");
        row.put("indicatorCode", "IKU-1");
        row.put("direction", "HIGHER_IS_BETTER");
        row.put("target", "100");
        row.put("actualReported", "80");
        row.put("actualCorrected", "92.5");
        row.put("unitTarget", "100");
        row.put("unitActualCorrected", "90");
        row.put("correctedBy", new LinkedHashMap<>(Map.of("upn", "pelaksana.one", "post", "Pelaksana")));
        row.put("correctionReason", "Sesuai laporan BPS");
        row.put("correctedAt", "2026-06-01T01:00:00Z");
        DraftFigures.recompute(row, LowerIsBetterConvention.INVERSE_RATIO);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("lowerIsBetterConvention", "INVERSE_RATIO");
        content.put("rows", new ArrayList<>(List.of(row)));
        return content;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> content) {
        return ((List<Map<String, Object>>) content.get("rows")).get(0);
    }

    @Test
    void aReviewerAmendsAPelaksanasCorrectedRowAndTheUnitsValueAndTheCorrectionStayBeside() {
        Map<String, Object> amended = DraftAmendment.apply(correctedContent(), List.of(
                new DraftAmendment.RowCorrection("r1", "DINKES", null, new BigDecimal("95"), null, "Per BPS")),
                null, null);
        Map<String, Object> row = first(amended);
        assertEquals("95", row.get("actualCorrected"));
        assertEquals("95", row.get("achievementAfter"));
        assertEquals("90", row.get("unitActualCorrected"));
        assertEquals("100", row.get("unitTarget"));
        assertEquals("Sesuai laporan BPS", row.get("correctionReason"));
        assertEquals("pelaksana.one", ((Map<?, ?>) row.get("correctedBy")).get("upn"));
        assertEquals("Per BPS", row.get("reviewerNote"));
    }

    @Test
    void theRowIsStillAddressedByItsRowIdAndUnit() {
        assertThrows(DraftAmendment.Refusal.class, () -> DraftAmendment.apply(correctedContent(), List.of(
                new DraftAmendment.RowCorrection("r1", "DISDIK", null, BigDecimal.ONE, null, null)), null, null));
    }
}
