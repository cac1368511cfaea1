package id.go.kalbarprov.sop.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which DejaVu Sans face a document is drawn with: the Latin subset, and the whole face only for other scripts. */
class PdfFontsTest {

    /** Every non-ASCII character the templates write, and those of officials' names and Indonesian texts. */
    private static final String LATIN = "— é è ö ü ñ ç ł ș ğ Å ß € £ ‘ ’ “ ” • … ± ° × № ½ ™";

    @BeforeAll
    static void warmUp() {
        // the first render of the JVM reads every face's metrics once, the whole faces' too
        PdfRenderer.render(document("<p>warm <b>up</b></p>"));
    }

    @Test
    void anIndonesianDocumentIsDrawnWithTheLatinSubsetAloneAndTheWholeFaceIsNotEvenParsed() {
        long loadsBefore = PdfRenderer.FULL_FACE_LOADS.get();

        byte[] pdf = PdfRenderer.render(document("""
                <p>Pontianak, 30 November 2026 — <b>Perbaikan Data Kinerja</b></p>
                <table><tr><td>Capaian</td><td>101,25%%</td><td>%s</td></tr></table>
                """.formatted(LATIN)));

        assertEquals(loadsBefore, PdfRenderer.FULL_FACE_LOADS.get());
        assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold"), fontNames(pdf));
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertPdfA2b(pdf);
        assertTrue(PdfChecks.text(pdf).contains(LATIN), PdfChecks.text(pdf));
    }

    @Test
    void aLetterOutsideTheSubsetIsDrawnWithTheWholeFaceEmbedded() {
        byte[] pdf = PdfRenderer.render(document(
                "<p><b>Penerima:</b> <b>Ελένη Παπαδοπούλου</b>, Дмитрий Иванов — NIP 19660921 198603 1 004</p>"));

        String text = PdfChecks.text(pdf);
        for (String expected : List.of("Penerima:", "Ελένη Παπαδοπούλου", "Дмитрий Иванов — NIP 19660921")) {
            assertTrue(text.contains(expected), text);
        }
        assertFalse(text.contains("#"), "a glyph replaced: " + text);
        assertEquals(List.of("DejaVuSans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Bold"), fontNames(pdf));
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertPdfA2b(pdf);
    }

    @Test
    void aFontNoDocumentEmbedsStandsInAsTheDocumentsOwnFaceNotOneOfTheHost() throws IOException {
        // openhtmltopdf asks PDFBox for a Helvetica in every document; PDFBox's own mapper would scan the host's fonts
        PdfRenderer.render(document("<p>Helvetica is never drawn</p>"));

        assertEquals("DejaVuSans", FontMappers.instance().getFontBoxFont("Helvetica", null).getFont().getName());
        assertEquals("DejaVuSans", FontMappers.instance().getTrueTypeFont("Arial", null).getFont().getName());
    }

    @Test
    void theLatinSubsetKeepsTheLatinCharactersAndAFifthOfTheGlyphs() throws IOException {
        try (TrueTypeFont whole = face(); TrueTypeFont subset = new TTFParser().parse(
                new RandomAccessReadBuffer(LatinSubset.of(wholeBytes())))) {
            CmapLookup cmap = subset.getUnicodeCmapLookup();
            LATIN.codePoints().forEach(c -> assertTrue(cmap.getGlyphId(c) != 0, Character.getName(c)));
            assertEquals(0, cmap.getGlyphId('Ω'));
            assertEquals(whole.getAdvanceWidth(whole.getUnicodeCmapLookup().getGlyphId('W')),
                    subset.getAdvanceWidth(cmap.getGlyphId('W')));
            assertTrue(subset.getNumberOfGlyphs() < whole.getNumberOfGlyphs() / 4, subset.getNumberOfGlyphs() + " glyphs");
        }
    }

    private static String document(String body) {
        return "<html><head><title>Fonts</title><style>body { font-family: " + PdfRenderer.CSS_FONT_FAMILY
                + "; }</style></head><body>" + body + "</body></html>";
    }

    /** The fonts of the pages, without the subset tag, sorted. */
    private static List<String> fontNames(byte[] pdf) {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
        names.sort(null);
        return names;
    }

    private static byte[] wholeBytes() throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont face() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(wholeBytes()));
    }
}
