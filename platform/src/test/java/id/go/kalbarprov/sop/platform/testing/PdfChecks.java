package id.go.kalbarprov.sop.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What a test checks in a rendered document, as an official's PDF reader and a validator would. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The text of every page, lines as laid out. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    /** Fails unless veraPDF finds {@code pdf} compliant with PDF/A-2b, naming the rules it breaks. */
    public static void assertPdfA2b(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            if (!result.isCompliant()) {
                fail("Not PDF/A-2b: " + result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                                + a.getMessage())
                        .distinct().limit(10).collect(Collectors.joining("; ")));
            }
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF", e);
        }
    }

    /** Fails unless every font used on every page is embedded. */
    public static void assertFontsEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    assertTrue(font.isEmbedded(), "font " + font.getName() + " is not embedded");
                }
            }
            assertTrue(fonts > 0, "the document uses no font at all");
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
    }

    /** The texts of the QR codes among the document's images. */
    public static List<String> qrCodes(byte[] pdf) {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        decode(image.getImage()).ifPresent(texts::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF", e);
        }
        return texts;
    }

    private static java.util.Optional<String> decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return java.util.Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))
                    .getText());
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * What Debian's {@code pdfsig} (poppler-utils, installed by {@code deploy/local/test.sh}) says of the PDF's
     * signatures. Fails when pdfsig is not installed: the check is part of the bar, not optional.
     */
    public static String pdfsig(byte[] pdf) {
        try {
            Path file = Files.createTempFile("signed", ".pdf");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
                return out;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AssertionError("pdfsig (Debian package poppler-utils) is needed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
