package id.go.kalbarprov.sop.platform.document;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The letterhead (kop) as the document templates print it, read from {@link DocumentsConfig}. Templates take it as
 * {@link Kop} ({@code kop}), which the shared {@code documents/layout.html} prints at the top of every document.
 */
@ApplicationScoped
public class Letterhead {

    @Inject
    DocumentsConfig config;

    private volatile String logo;

    /** What {@code documents/layout.html} prints: the letterhead lines and the emblem. */
    @TemplateData
    public record Kop(String government, String agency, String office, String address, String contact, String logo,
                      String city) {
    }

    public Kop kop() {
        return new Kop(government(), agency(), office(), address(), contact(), logo(), city());
    }

    public String government() {
        return config.letterhead().government();
    }

    public String agency() {
        return config.letterhead().agency();
    }

    public String office() {
        return config.letterhead().office();
    }

    public String address() {
        return config.letterhead().address();
    }

    public String contact() {
        return config.letterhead().contact().orElse("");
    }

    public String city() {
        return config.letterhead().city();
    }

    public DocumentsConfig.Posts posts() {
        return config.posts();
    }

    /** The emblem as a {@code data:} URI, or empty when none is configured. */
    public String logo() {
        if (logo == null) {
            logo = config.letterhead().logoLocation().filter(l -> !l.isBlank()).map(Letterhead::dataUri).orElse("");
        }
        return logo;
    }

    /** The verification address of one document, as printed and encoded in its QR code. */
    public String verificationUrl(String verificationId) {
        String base = config.verificationUrl();
        return (base.endsWith("/") ? base : base + "/") + verificationId;
    }

    private static String dataUri(String location) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(location));
            String type = location.toLowerCase().endsWith(".png") ? "image/png" : "image/jpeg";
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letterhead emblem at " + location, e);
        }
    }
}
