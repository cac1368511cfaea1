package id.go.kalbarprov.sop.review.signing;

/** A signature, its algorithm (a java.security name such as {@code SHA256withRSA}) and the key that made it. */
public record SignatureValue(String algorithm, String keyId, String base64) {
}
