package id.go.kalbarprov.sop.platform.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's own signing key, outside Quarkus (where the launch mode is production). */
class SigningKeyTest {

    @Test
    void productionRefusesToStartWithoutItsKeyAndNamesTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SigningKey.load(
                Optional.empty(), Optional.empty(), "chain", "sop.archive.chain.private-key-location"));
        assertEquals("sop.archive.chain.private-key-location is required in production", refused.getMessage());
    }

    @Test
    void aKeyFromItsFileSignsAndItsPublicHalfVerifiesThatStatementOnly(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path file = dir.resolve("chain.pem");
        Files.writeString(file, Pem.write("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()));
        SigningKey key = SigningKey.load(Optional.of("file:" + file), Optional.empty(), "chain", "x");
        assertTrue(key.keyId().startsWith("chain-"), key.keyId());
        byte[] statement = "sequence=1".getBytes(StandardCharsets.UTF_8);
        String signature = key.sign(statement);
        assertTrue(key.verify(statement, key.keyId(), signature));
        assertFalse(key.verify("sequence=2".getBytes(StandardCharsets.UTF_8), key.keyId(), signature));
        assertFalse(key.verify(statement, "another-key", signature));
        assertFalse(key.verify(statement, key.keyId(), null));
        assertTrue(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals(key.keyId(), SigningKey.load(Optional.of(file.toString()), Optional.empty(), "chain", "x").keyId(),
                "the same key file gives the same key id");
    }
}
