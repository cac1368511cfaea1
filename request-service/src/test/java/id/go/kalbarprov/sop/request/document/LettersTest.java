package id.go.kalbarprov.sop.request.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the Lembar Disposisi and the Nota Dinas print, built from what the case and the memo record. */
class LettersTest {

    private static final Instant OPENED = Instant.parse("2026-11-30T02:30:00Z"); // 09.30 WIB

    private static Letters.DispositionFacts facts(String letterNumber, String letterSubject, boolean acting,
                                                  String note) {
        return new Letters.DispositionFacts("Kepala BAPPEDA", letterNumber, LocalDate.of(2026, 11, 28), letterSubject,
                OPENED.minusSeconds(3600), "SANGAT_SEGERA", "Siapkan Nota Dinas", note, OPENED, "Dr. Siti Aminah",
                "196609211986031004", acting, "Koreksi data kinerja", Period.Q2, 2026, "Realisasi keliru",
                List.of("DINKES", "NEWUNIT"), LocalDate.of(2026, 12, 14));
    }

    private static Letters.Disposition disposition(Letters.DispositionFacts facts, boolean withNips) {
        return Letters.disposition(facts, Map.of("DINKES", new Letters.RegisteredUnit("Dinas Kesehatan",
                "Kepala Dinas Kesehatan")), "Kepala Biro Organisasi", "Kepala Bagian Tatalaksana", "Pontianak",
                withNips);
    }

    @Test
    void theDispositionPrintsIndonesianDatesLabelsAndTheKarosGroupedNip() {
        Letters.Disposition d = disposition(facts("005/1/BAPPEDA/2026", "Permohonan koreksi", false, "Segera"), true);
        assertEquals("28 November 2026", d.letterDate());
        assertEquals("30 November 2026 08.30 WIB", d.receivedAt());
        assertEquals("30 November 2026", d.date());
        assertEquals("14 Desember 2026", d.dueDate());
        assertEquals("Sangat Segera", d.urgency());
        assertEquals("Triwulan II 2026", d.period());
        assertEquals("Kepala Biro Organisasi (Dr. Siti Aminah)", d.from());
        assertEquals("Kepala Bagian Tatalaksana", d.to());
        assertEquals(new Letters.Signature("Kepala Biro Organisasi", "Dr. Siti Aminah", "NIP 19660921 198603 1 004"),
                d.signature());
    }

    @Test
    void aUnitsCopyCarriesNoNipAndAnActingKaroSignsAsPlh() {
        Letters.Disposition d = disposition(facts(null, null, true, null), false);
        assertEquals("", d.signature().nip());
        assertEquals("Plh. Kepala Biro Organisasi", d.signature().post());
        assertEquals("Plh. Kepala Biro Organisasi (Dr. Siti Aminah)", d.from());
    }

    @Test
    void whatTheCaseDoesNotRecordIsADash() {
        Letters.Disposition d = disposition(new Letters.DispositionFacts(null, null, null, null, OPENED, "BIASA",
                "Proses", "  ", OPENED, null, null, false, "T", Period.ANNUAL, 2026, "R", List.of("DINKES"),
                LocalDate.of(2026, 12, 14)), true);
        assertEquals(List.of("-", "-", "-", "-", "-", "-"), List.of(d.letterFrom(), d.letterNumber(), d.letterDate(),
                d.letterSubject(), d.receivedAt(), d.note()));
        assertEquals("Tahunan 2026", d.period());
        assertEquals("Kepala Biro Organisasi", d.from());
        assertEquals(new Letters.Signature("Kepala Biro Organisasi", "-", ""), d.signature());
    }

    @Test
    void aUnitMissingFromTheRegisterIsPrintedByItsCode() {
        Letters.Disposition d = disposition(facts("1", "S", false, null), true);
        assertEquals(List.of(new Letters.UnitLine(1, "DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan"),
                new Letters.UnitLine(2, "NEWUNIT", "NEWUNIT", "-")), d.units());
    }

    private static Letters.MemoFacts memo(List<String> copies, int attachments, List<String> names) {
        return new Letters.MemoFacts("000.8.6.3/15/ORG/2026", OPENED, "SEGERA", "Permintaan data",
                "Mohon disampaikan.\n\nTerima kasih.", List.of("DINKES", "DISDIK"), names,
                List.of("Kepala Dinas Kesehatan", "Kepala Dinas Pendidikan"), copies, attachments, "Ir. Budi",
                "Kepala Bagian Tatalaksana", "197001011995031001", false, LocalDate.of(2026, 12, 14));
    }

    @Test
    void theNotaDinasAddressesTheUnitsHeadsAndCarriesTheDeadlineAndTheKabagsBlock() {
        Letters.NotaDinas n = Letters.notaDinas(memo(List.of("Sekretaris Daerah"), 2,
                List.of("Dinas Kesehatan", "Dinas Pendidikan")), "Pontianak", true);
        assertEquals(List.of("Kepala Dinas Kesehatan", "Kepala Dinas Pendidikan"), n.to());
        assertEquals("Kepala Bagian Tatalaksana", n.from());
        assertEquals(List.of("Sekretaris Daerah"), n.copies());
        assertEquals("30 November 2026", n.date());
        assertEquals("Segera", n.nature());
        assertEquals("2 berkas", n.attachments());
        assertEquals("14 Desember 2026", n.deadline());
        assertEquals("Mohon disampaikan.\n\nTerima kasih.", n.body());
        assertEquals(new Letters.UnitLine(2, "DISDIK", "Dinas Pendidikan", "Kepala Dinas Pendidikan"),
                n.units().get(1));
        assertEquals(new Letters.Signature("Kepala Bagian Tatalaksana", "Ir. Budi", "NIP 19700101 199503 1 001"),
                n.signature());
        assertEquals("", Letters.notaDinas(memo(List.of(), 0, List.of()), "Pontianak", false).signature().nip());
    }

    @Test
    void noCopiesNoAttachmentsAndAMemoIssuedBeforeUnitsHadNamesArePrintedPlainly() {
        Letters.NotaDinas n = Letters.notaDinas(memo(List.of(" ", ""), 0, null), "Pontianak", true);
        assertEquals(List.of(), n.copies());
        assertEquals("-", n.attachments());
        assertEquals("DINKES", n.units().get(0).name());
    }

    @Test
    void charactersXmlCannotCarryAreLeftOutAndEverythingElseIsKept() {
        assertEquals("a\tb\nc", Letters.text("a\u0000\tb\u0007\n\u001Fc\uFFFE"));
        assertEquals("Capaian 101,25% — ✓ \uD83D\uDE00", Letters.text("Capaian 101,25% — ✓ \uD83D\uDE00"));
        assertEquals("x", Letters.text("x\uD800"));
        assertEquals("", Letters.text(null));
    }

    @Test
    void anActingKabagSignsThePostAsPlhUnlessThePostGivenSaysSoAlready() {
        Letters.MemoFacts plain = memo(List.of(), 0, List.of());
        Letters.MemoFacts acting = new Letters.MemoFacts(plain.number(), plain.issuedAt(), plain.nature(),
                plain.subject(), plain.body(), plain.unitCodes(), plain.unitNames(), plain.headPosts(), plain.copies(),
                0, "Ir. Budi", "Kepala Bagian Tatalaksana", "197001011995031001", true, plain.unitDeadline());
        Letters.NotaDinas n = Letters.notaDinas(acting, "Pontianak", true);
        assertEquals("Plh. Kepala Bagian Tatalaksana", n.signature().post());
        assertEquals("Plh. Kepala Bagian Tatalaksana", n.from());
        assertEquals("Plt. Kepala Bagian Tatalaksana", Letters.acting("Plt. Kepala Bagian Tatalaksana", true));
        assertEquals("-", Letters.acting("-", true));
    }

    @Test
    void sifatCodesBecomeTheirPrintedWords() {
        assertEquals("Biasa", Letters.label("BIASA"));
        assertEquals("Sangat Segera", Letters.label("SANGAT_SEGERA"));
        assertEquals("Rahasia", Letters.label("RAHASIA"));
        assertEquals("-", Letters.label(null));
    }
}
