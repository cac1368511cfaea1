package id.go.kalbarprov.sop.platform.document;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders a document's XHTML (a Qute template's output) to an archival PDF: PDF/A-2b, A4 (set by the page CSS), the
 * DejaVu Sans faces embedded (subset) so that every glyph of an Indonesian text prints the same everywhere, and the
 * sRGB output intent PDF/A asks for. openhtmltopdf on PDFBox was chosen over drawing with PDFBox directly because the
 * layouts (letterhead, tables that break across pages, signature blocks) stay in templates kept as files, and over
 * OpenPDF because the PAdES signature and the verification use PDFBox too: one PDF library.
 *
 * <p>Templates name the fonts with {@link #CSS_FONT_FAMILY} (documents/layout.html does). Two traps of the split:
 * a line break inside a table cell ({@code <br/>}, or a newline of {@code white-space: pre-line} text) is measured as
 * U+000A, which no face has, so openhtmltopdf tries (parses) every font of the list for it — where a template can, it
 * writes two blocks instead; and a weight whose only Latin characters in the whole document are spaces between
 * letters of other scripts gets a CIDSet veraPDF rejects (PDF/A-2b 6.2.11.4.2) — the letterhead always has regular
 * and bold Latin text.
 */
public final class PdfRenderer {

    public static final String FONT_FAMILY = "DejaVu Sans";
    /**
     * The whole faces, for the few characters outside {@link LatinSubset} (a Greek or Cyrillic letter in a name):
     * openhtmltopdf takes each character from the first family of the CSS list that has it, so this face is parsed
     * and embedded only by a document that has such a character. Not an openhtmltopdf fallback font: those take part
     * in every line's height (both weights), which would move the text of every document.
     */
    public static final String FULL_FACE_FAMILY = "DejaVu Sans Full";
    /** The CSS {@code font-family} of the documents: the Latin subset first, then the whole faces. */
    public static final String CSS_FONT_FAMILY = "'" + FONT_FAMILY + "', '" + FULL_FACE_FAMILY + "'";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String REGULAR = "DejaVuSans.ttf";
    private static final String BOLD = "DejaVuSans-Bold.ttf";
    /**
     * What the documents' text is drawn with: openhtmltopdf parses the face again for every document to embed its
     * subset, and parsing the whole DejaVu Sans was half of review-service's allocation while the Karos signed. The
     * whole faces (1.4 MB) are not kept in memory: they are read from the jar on the rare document that needs them.
     */
    private static final byte[] LATIN_REGULAR = LatinSubset.of(font(REGULAR));
    private static final byte[] LATIN_BOLD = LatinSubset.of(font(BOLD));
    /**
     * The faces' metrics (widths, kerning) read once for every render: parsing them again for each document showed in
     * review-service's CPU profile while the Karos signed (fontbox ≈ 5 % of samples). Still embedded per document.
     */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();
    /** How many times a whole face was handed to openhtmltopdf to parse: it should be rare (see the tests). */
    static final AtomicLong FULL_FACE_LOADS = new AtomicLong();

    static {
        XRLog.setLoggerImpl(new RendererLog());
        EmbeddedFaceMapper.install(LATIN_REGULAR);
    }

    private PdfRenderer() {
    }

    /** The largest PDF rendered: a signature added to it still fits {@link Limits#SIGNED_PDF}. */
    public static final int MAX_BYTES = Limits.SIGNED_PDF - 100_000;

    /**
     * The PDF of {@code xhtml}; its {@code <title>} and {@code <meta name="author|subject">} become the metadata.
     * Refused (422) when it would be larger than {@link #MAX_BYTES}.
     */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            builder.useFont(() -> new ByteArrayInputStream(LATIN_REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(LATIN_BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> fullFace(REGULAR), FULL_FACE_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> fullFace(BOLD), FULL_FACE_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withProducer("SOP 45/DPPESDM/2021 services");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            if (out.size() > MAX_BYTES) {
                throw ProblemException.rule("document-too-large", MAX_BYTES);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the document", e);
        }
    }

    private static InputStream fullFace(String file) {
        FULL_FACE_LOADS.incrementAndGet();
        return new ByteArrayInputStream(font(file));
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the platform jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + file, e);
        }
    }
}
