package id.go.kalbarprov.sop.review.signing;

/** A public key as published for verifiers: its id, the signature algorithm, and the key in PEM (X.509 SPKI). */
public record PublishedKey(String keyId, String algorithm, String pem) {
}
