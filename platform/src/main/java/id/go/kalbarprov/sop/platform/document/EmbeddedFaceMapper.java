package id.go.kalbarprov.sop.platform.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's answer to "which installed font stands in for a font the PDF does not embed": always the documents' own
 * DejaVu Sans (the Latin subset), never the host's fonts.
 *
 * <p>openhtmltopdf creates a Helvetica for form controls in every document, forms or not, and PDFBox's default mapper
 * then looks for a substitute: at the first render of a JVM it scans every font file of the machine
 * ({@code /usr/share/fonts} …), writes {@code ~/.pdfbox.cache} into the home directory (read-only in the pods), and
 * keeps its last-resort font parsed for good (1.3 MB of review-service's heap, deploy/bench/README.md, "Ninth
 * session"). Nothing in the documents is drawn with that Helvetica — they are PDF/A, every glyph comes from an
 * embedded face — so the stand-in only has to exist, and the same one on every host.
 */
final class EmbeddedFaceMapper implements FontMapper {

    private final TrueTypeFont face;

    private EmbeddedFaceMapper(byte[] trueType) {
        try {
            face = new TTFParser().parse(new RandomAccessReadBuffer(trueType));
            face.getName(); // read here, once: the font is shared by every render thread afterwards
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the stand-in face", e);
        }
    }

    /** Makes {@code trueType} PDFBox's stand-in for every font a document does not embed, for this JVM. */
    static void install(byte[] trueType) {
        FontMappers.set(new EmbeddedFaceMapper(trueType));
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(face, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(face, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, face, false);
    }
}
