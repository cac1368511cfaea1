package id.go.kalbarprov.sop.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import id.go.kalbarprov.sop.platform.signing.Pem;
import org.junit.jupiter.api.Test;

class KeyFingerprintsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyKeyCommittedToTheRepositoryIsKnownAsCommitted() throws Exception {
        List<Path> keys;
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            keys = files.filter(f -> f.toString().endsWith(".pem"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/node_modules/")
                            && !f.toString().contains("/.git/"))
                    .toList();
        }
        assertTrue(keys.size() >= 10, "the committed keys were found: " + keys);
        for (Path key : keys) {
            String fingerprint = KeyFingerprints.of(Optional.of("file:" + key)).orElseThrow();
            assertTrue(KeyFingerprints.COMMITTED.contains(fingerprint), key + " (" + fingerprint + ") is committed");
        }
    }

    @Test
    void aPrivateKeyHasItsPublicKeysFingerprint() throws Exception {
        Path dir = Files.createTempDirectory("keys");
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path privateKey = Files.writeString(dir.resolve("private.pem"), Pem.write("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(dir.resolve("public.pem"), Pem.write("PUBLIC KEY", pair.getPublic().getEncoded()));
        String fingerprint = KeyFingerprints.of(Optional.of("file:" + privateKey)).orElseThrow();
        assertEquals(fingerprint, KeyFingerprints.of(Optional.of(publicKey.toString())).orElseThrow());
        assertFalse(KeyFingerprints.COMMITTED.contains(fingerprint), "a fresh key is nobody's");
    }

    @Test
    void anEcP256PrivateKeyHasItsPublicKeysFingerprint() throws Exception {
        Path dir = Files.createTempDirectory("keys");
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        var pair = generator.generateKeyPair();
        Path privateKey = Files.writeString(dir.resolve("private.pem"), Pem.write("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(dir.resolve("public.pem"), Pem.write("PUBLIC KEY", pair.getPublic().getEncoded()));
        String fingerprint = KeyFingerprints.of(Optional.of("file:" + privateKey)).orElseThrow();
        assertEquals(fingerprint, KeyFingerprints.of(Optional.of(publicKey.toString())).orElseThrow());
        assertEquals(KeyFingerprints.fingerprint(pair.getPublic().getEncoded()), fingerprint);
    }

    @Test
    void remoteOrMissingLocationsHaveNoFingerprint() throws Exception {
        assertEquals(Optional.empty(), KeyFingerprints.of(Optional.of("https://sso.example/realms/sop/protocol/openid-connect/certs")));
        assertEquals(Optional.empty(), KeyFingerprints.of(Optional.of(" ")));
        assertEquals(Optional.empty(), KeyFingerprints.of(Optional.empty()));
    }
}
