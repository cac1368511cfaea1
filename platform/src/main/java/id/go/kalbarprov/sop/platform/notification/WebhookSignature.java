package id.go.kalbarprov.sop.platform.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.HexFormat;

/**
 * How a webhook delivery is signed, and how a receiver checks it. The sender puts the Unix time in seconds in
 * {@code X-SOP-Timestamp} and {@code sha256=<hex>} in {@code X-SOP-Signature}, the HMAC-SHA256 with the webhook's
 * secret of the timestamp, a dot and the raw request body ({@code timestamp + "." + body}, UTF-8). A receiver computes
 * the same over the body exactly as received, compares in constant time, refuses a timestamp more than five minutes
 * from its clock (a replay), and keeps the {@code X-SOP-Delivery} ids it accepted to ignore a repeated delivery.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-SOP-Signature";
    public static final String TIMESTAMP_HEADER = "X-SOP-Timestamp";
    public static final String DELIVERY_HEADER = "X-SOP-Delivery";
    public static final String EVENT_HEADER = "X-SOP-Event";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The {@code X-SOP-Signature} value of {@code body} sent at {@code timestamp}. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is always there", e);
        }
    }

    /** What a receiver does: true when {@code signature} is the body's, compared in constant time. */
    public static boolean verify(String secret, String timestampHeader, String body, String signature) {
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        return signature != null && MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
