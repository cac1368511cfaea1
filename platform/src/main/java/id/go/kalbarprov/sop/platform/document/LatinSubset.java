package id.go.kalbarprov.sop.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType face cut, in memory, to the characters of Latin-script texts: what openhtmltopdf then parses for each
 * document is ≈ 12 % of DejaVu Sans (≈ 6,000 glyphs, 700 KB). The subset is embedded like any font (itself subset
 * again); it is never written to a file, so it is ordinary embedding under the DejaVu licence.
 */
final class LatinSubset {

    /** Inclusive code point ranges: the Latin blocks, punctuation and symbols of Indonesian administrative texts. */
    private static final int[][] RANGES = {
        {0x0020, 0x007E}, // Basic Latin
        {0x00A0, 0x024F}, // Latin-1 Supplement, Latin Extended-A and -B (names: é, ö, ł, ș …)
        {0x02B0, 0x036F}, // spacing modifier letters, combining diacritics (names typed decomposed)
        {0x1E00, 0x1EFF}, // Latin Extended Additional
        {0x2000, 0x206F}, // general punctuation: dashes, quotes, bullet, ellipsis, zero-width space
        {0x20A0, 0x20CF}, // currency symbols
        {0x2100, 0x215F}, // letterlike symbols and number forms: №, ™, ½
        {0x2190, 0x2199}, // arrows
        {0x2212, 0x2212}, // minus sign
        {0xFB00, 0xFB06}, // Latin ligatures
        {0xFFFD, 0xFFFD}, // replacement character
    };

    /** The tables a font needs to be laid out and embedded; kern, GSUB and GPOS would name glyphs cut away. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca",
            "hmtx", "post", "cvt ", "fpgm", "prep", "gasp");

    private LatinSubset() {
    }

    /** The TrueType bytes of {@code face} keeping only the Latin characters (and the glyphs they are built from). */
    static byte[] of(byte[] face) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            for (int[] range : RANGES) {
                for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
                    subsetter.add(codePoint);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(face.length / 4);
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cut the Latin subset of a font", e);
        }
    }
}
