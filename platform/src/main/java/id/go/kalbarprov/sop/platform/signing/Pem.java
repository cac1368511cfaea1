package id.go.kalbarprov.sop.platform.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Reads and writes PEM text; a location is {@code file:/path}, a file path, or a classpath resource. */
public final class Pem {

    private Pem() {
    }

    public static byte[] read(String location) throws IOException {
        String text;
        if (location.startsWith("file:")) {
            text = Files.readString(Path.of(location.substring("file:".length())));
        } else if (Files.isRegularFile(Path.of(location))) {
            text = Files.readString(Path.of(location));
        } else {
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("No key at " + location);
                }
                text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
        return decode(text);
    }

    /** The DER bytes of PEM text. */
    public static byte[] decode(String text) {
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    public static String write(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
