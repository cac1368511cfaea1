package id.go.kalbarprov.sop.platform.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetiredKeysTest {

    @Test
    void aRetiredKeyIsKnownByTheIdItHadWhenItWasCurrent(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        SigningKey whenCurrent = signingKey(dir, pair);
        Path publicKey = publicKeyFile(dir, pair);

        List<PublishedKey> retired = RetiredKeys.read(Optional.of(List.of("file:" + publicKey)), "chain");

        assertEquals(1, retired.size());
        assertEquals(whenCurrent.keyId(), retired.get(0).keyId());
        assertTrue(retired.get(0).keyId().startsWith("chain-"));
        assertEquals(whenCurrent.algorithm(), retired.get(0).algorithm());
        assertFalse(retired.get(0).current());
        assertEquals(SealFixtures.keyId(), RetiredKeys.read(Optional.of(List.of(SealFixtures.PUBLIC_KEY_LOCATION)),
                "seal").get(0).keyId(), "a seal key is known as review-service published it");
    }

    @Test
    void anEntryNamesItsKeyOrADirectoryHoldsSeveral(@TempDir Path dir) throws Exception {
        Path keys = Files.createDirectory(dir.resolve("retired"));
        Files.writeString(keys.resolve("b.pem"), publicPem());
        Files.writeString(keys.resolve("a.pem"), publicPem());
        Files.writeString(keys.resolve("README.txt"), "not a key");
        Path named = Files.writeString(dir.resolve("named.pem"), publicPem());

        List<PublishedKey> retired = RetiredKeys.read(Optional.of(List.of(" ", keys.toString(),
                "chain-2024=file:" + named)), "chain");

        assertEquals(3, retired.size());
        assertEquals(RetiredKeys.read(Optional.of(List.of(keys.resolve("a.pem").toString())), "chain").get(0),
                retired.get(0), "a directory's keys by file name");
        assertEquals("chain-2024", retired.get(2).keyId());
        assertEquals(List.of(), RetiredKeys.read(Optional.empty(), "chain"));
        assertThrows(IllegalStateException.class,
                () -> RetiredKeys.read(Optional.of(List.of(dir.resolve("missing.pem").toString())), "chain"));
    }

    @Test
    void theKeyringHoldsTheCurrentKeyAndTheRetiredOnesEachUnderItsOwnId(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
        SigningKey current = signingKey(dir, pair);
        Path currentPublic = publicKeyFile(dir, pair);

        Keyring keyring = RetiredKeys.keyring(current, Optional.of(List.of(SealFixtures.PUBLIC_KEY_LOCATION)),
                "chain");

        assertEquals(2, keyring.keys().size());
        assertTrue(keyring.find(current.keyId()).orElseThrow().current());
        assertFalse(keyring.keys().get(1).current());
        assertEquals(Optional.empty(), keyring.find("chain-0000000000000000"));
        assertThrows(IllegalArgumentException.class, () -> RetiredKeys.keyring(current,
                Optional.of(List.of("file:" + currentPublic)), "chain"), "the current key listed as retired too");
    }

    /** The pair's private key as a service loads its signing key: under the id derived from it. */
    private static SigningKey signingKey(Path dir, KeyPair pair) throws Exception {
        Path file = Files.writeString(dir.resolve("private.pem"), Pem.write("PRIVATE KEY", pair.getPrivate().getEncoded()));
        return SigningKey.load(Optional.of("file:" + file), Optional.empty(), "chain", "x");
    }

    private static Path publicKeyFile(Path dir, KeyPair pair) throws Exception {
        return Files.writeString(dir.resolve("public.pem"), Pem.write("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String publicPem() throws Exception {
        return Pem.write("PUBLIC KEY", KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded());
    }
}
