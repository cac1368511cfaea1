package id.go.kalbarprov.sop.review.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the correction prints, from a version's content and its approvals, without a template or a service. */
class CorrectionDocumentTest {

    private static final Map<Integer, String> POSTS = Map.of(5, "Kepala Subbagian Tata Usaha", 6,
            "Kepala Bagian Tatalaksana", 7, "Kepala Biro Organisasi");
    private static final Instant AT = Instant.parse("2026-11-30T03:15:00Z");

    private static Map<String, Object> row(String unitName, String actualCorrected, String notComputable) {
        Map<String, Object> row = new HashMap<>();
        row.put("unitCode", "DINKES");
        if (unitName != null) {
            row.put("unitName", unitName);
        }
        row.put("indicatorCode", "IKU-1");
        row.put("indicatorName", "Persentase layanan");
        row.put("unitOfMeasure", "%");
        row.put("target", "1250.5");
        row.put("actualReported", "70");
        row.put("actualCorrected", actualCorrected);
        row.put("achievementBefore", "77.78");
        row.put("achievementAfter", notComputable == null ? "88.89" : null);
        row.put("achievementAfterNotComputable", notComputable);
        row.put("reason", "Recounted");
        return row;
    }

    private static CorrectionDocument signed(List<Map<String, Object>> rows, List<CorrectionDocument.Approval> by) {
        return CorrectionDocument.of(new CorrectionDocument.Header("Koreksi Q2", Period.Q2, 2026, 3, "abc",
                        "000.8.6.3/7/ORG/2026", LocalDate.of(2026, 11, 30), "Pontianak", POSTS),
                Map.of("rows", rows, "conclusion", "Disetujui"), by, "https://verify/x", "data:qr");
    }

    @Test
    void rowsPrintInIndonesianWithTheUnitsOfficialName() {
        CorrectionDocument doc = signed(List.of(row("Dinas Kesehatan", "80", null), row(null, null, "TARGET_ZERO")),
                List.of(new CorrectionDocument.Approval(7, "Dr. Karo", "196609211986031004", "Karo Organisasi",
                        false, AT)));
        CorrectionDocument.Row first = doc.rows().get(0);
        assertEquals("Dinas Kesehatan (DINKES)", first.unit());
        assertEquals("1.250,5", first.target());
        assertEquals("77,78%", first.achievementBefore());
        assertEquals("80", first.actualAfter());
        CorrectionDocument.Row second = doc.rows().get(1);
        assertEquals("DINKES", second.unit(), "a unit the register does not know prints its code");
        assertEquals("70", second.actualAfter(), "no corrected value: the reported one stands");
        assertEquals("tidak dapat dihitung (TARGET_ZERO)", second.achievementAfter());
        assertEquals("Triwulan II", doc.period());
        assertEquals("30 November 2026", doc.documentDate());
        assertEquals("19660921 198603 1 004", doc.signature().nip());
        assertFalse(doc.draft());
        assertEquals("https://verify/x", doc.verificationUrl());
    }

    @Test
    void anActingSignerSignsAsPlhAndEmptyParafBoxesNameThePost() {
        CorrectionDocument doc = signed(List.of(), List.of(
                new CorrectionDocument.Approval(5, "Kasubbag", null, "Kasubbag TU", false, AT),
                new CorrectionDocument.Approval(7, "Plh Karo", "198203032006041002", "Karo Organisasi", true, AT)));
        assertEquals("Plh. Karo Organisasi", doc.signature().post());
        assertTrue(doc.paraf().get(0).given());
        assertEquals("Kasubbag TU", doc.paraf().get(0).post());
        assertFalse(doc.paraf().get(1).given());
        assertEquals("Kepala Bagian Tatalaksana", doc.paraf().get(1).post());
        assertEquals("Plt. Karo", CorrectionDocument.post(new CorrectionDocument.Approval(7, "x", null, "Plt. Karo",
                true, AT)), "a post already marked acting is printed as it is");
    }

    @Test
    void withoutTheKarosSignatureItIsADraftWithoutNumberOrQrCode() {
        CorrectionDocument doc = CorrectionDocument.of(new CorrectionDocument.Header("Koreksi", Period.ANNUAL, 2026, 2,
                        "abc", null, null, "Pontianak", POSTS), Map.of("rows", List.of()), List.of(),
                "https://verify/x", "data:qr");
        assertTrue(doc.draft());
        assertNull(doc.documentNumber());
        assertNull(doc.qrCode());
        assertNull(doc.verificationUrl());
        assertEquals("Kepala Biro Organisasi", doc.signature().post());
        assertEquals("Tahunan", doc.period());
    }

    /** A control character in a reason or the notes (JSON carries them) would make the XHTML unparseable. */
    @Test
    void whatXhtmlCannotCarryIsLeftOutSoTheCorrectionStaysSignable() {
        Map<String, Object> row = row("Dinas\u0007 Kesehatan", "80", null);
        row.put("reason", "Dihitung\u0000 ulang\uFFFE");
        CorrectionDocument doc = CorrectionDocument.of(new CorrectionDocument.Header("Koreksi\u001F Q2", Period.Q2,
                        2026, 3, "abc", null, null, "Pontianak", POSTS),
                Map.of("rows", List.of(row), "notes", "Catatan\u0001"), List.of(), null, null);
        assertEquals("Dinas Kesehatan (DINKES)", doc.rows().get(0).unit());
        assertEquals("Dihitung ulang", doc.rows().get(0).reason());
        assertEquals("Catatan", doc.notes());
        assertEquals("Koreksi Q2", doc.title());
    }
}
