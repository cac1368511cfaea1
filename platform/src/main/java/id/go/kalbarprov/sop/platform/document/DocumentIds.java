package id.go.kalbarprov.sop.platform.document;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The id in a document's public verification address: 128 random bits, base64url — not derived from the case, the
 * number or the date, so it cannot be guessed or enumerated from another document's.
 */
public final class DocumentIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{22}$");

    private DocumentIds() {
    }

    public static String newVerificationId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean isWellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
