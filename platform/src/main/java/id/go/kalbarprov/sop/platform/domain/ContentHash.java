package id.go.kalbarprov.sop.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a document's canonical text, in lower-case hex: the fingerprint every paraf and signature refers to. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String sha256(String canonicalText) {
        return sha256(canonicalText.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of a file's bytes (a rendered PDF), lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
