package id.go.kalbarprov.sop.platform.security;

import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.signing.Pem;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The SHA-256 fingerprint of an RSA or EC P-256 public key's X.509 encoding — what
 * {@code openssl pkey -pubout -outform DER | sha256sum} prints — for a PEM file holding the public key or the private
 * key it belongs to, and the fingerprints of the keys committed to this repository, which must never guard production.
 */
public final class KeyFingerprints {

    /**
     * Every key committed to the repository (development, local runs, tests): anyone can read them, so anyone can sign
     * with them. {@code KeyFingerprintsTest} recomputes this list from the committed files.
     */
    public static final Set<String> COMMITTED = Set.of(
            "32061c22af771f8c6cf3d982f8403e645e1a361b9956318508a08aa848291982", // dev-jwt (local, dev overlay)
            "8160543ec139e285e4192a302140e30ab87cb5f33a5c99923567188e183115a5", // dev-seal
            "563abe0205618c209bc65a265a5908d65bc8805412e58907ae8608aeba856034", // dev-chain
            "1a6940f079a3a55d83784e8e4d05a698d7ccfbf7a870984f567f02da64df551f", // test-jwt
            "51a28dbef2e354ac4612dd7f49d025277c6b71448b342433285d8fc4d679f057", // other-private (tests)
            "8a3248bcd4140cd07a7d8b69018d340d46059960fd8c00beaf2c5501cbfdf81a", // seal-test
            "662f90d321c2c038d7a3b9d0b8561e4c1f57b24efd6d584a20a460bb7bf03a19", // seal-fixture
            "8d21a7c2021284f026ae8cca00ee180c1f5f46f05ef2b0d1640c0a9f334008ed", // seal-fixture-other
            "868977b3bde1e6964a367264ad6159a0031102f361299a2597b9866c8aca121a", // seal-test-ec (EC P-256)
            "9cacd6b1067d6fef53d50f976cda1e385cbc2e2ebb15bcfba25b86f980e97add", // chain-test-ec (EC P-256)
            "191e72e0a1569cc71f05739b0557cb5038a86c1ee46185c9597327676311fc45", // chain-test-retired (a retired chain key)
            "456cf1b4d3ef88c80a19683bd11fc5b257554559715ca954e6ae487b88c82d0b"); // ec-p256 (platform tests)

    private KeyFingerprints() {
    }

    /**
     * The fingerprint of the key at {@code location} (file or classpath PEM, public or PKCS#8 private), or empty when
     * the location is remote (an identity provider's key set) or empty.
     */
    public static Optional<String> of(Optional<String> location) throws IOException {
        Optional<String> local = location.map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("http:") && !l.startsWith("https:"));
        if (local.isEmpty()) {
            return Optional.empty();
        }
        byte[] der = Pem.read(local.get());
        try {
            return Optional.of(fingerprint(publicEncoding(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("Not an RSA or EC P-256 key in PEM at " + local.get() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] publicEncoding(byte[] der) throws GeneralSecurityException {
        try {
            return KeyAlgorithms.publicKey(der).getEncoded();
        } catch (GeneralSecurityException notPublic) {
            return KeyAlgorithms.keyPair(der).getPublic().getEncoded();
        }
    }

    static String fingerprint(byte[] publicKeyEncoding) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKeyEncoding));
    }
}
