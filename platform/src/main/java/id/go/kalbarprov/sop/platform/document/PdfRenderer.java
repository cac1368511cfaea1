package id.go.kalbarprov.sop.platform.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders a document's XHTML (a Qute template's output) to an archival PDF: PDF/A-2b, A4 (set by the page CSS), the
 * DejaVu Sans faces embedded (subset) so that every glyph of an Indonesian text prints the same everywhere, and the
 * sRGB output intent PDF/A asks for. openhtmltopdf on PDFBox was chosen over drawing with PDFBox directly because the
 * layouts (letterhead, tables that break across pages, signature blocks) stay in templates kept as files, and over
 * OpenPDF because the PAdES signature and the verification use PDFBox too: one PDF library.
 */
public final class PdfRenderer {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new RendererLog());
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
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
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

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the platform jar");
        }
        return in;
    }
}
