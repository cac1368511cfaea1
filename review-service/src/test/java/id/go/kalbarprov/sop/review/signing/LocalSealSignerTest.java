package id.go.kalbarprov.sop.review.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import org.junit.jupiter.api.Test;

/** The default seal, outside Quarkus (where the launch mode is production). */
class LocalSealSignerTest {

    private static LocalSealSigner signer(String keyLocation, String... retired) {
        LocalSealSigner signer = new LocalSealSigner();
        signer.config = config(keyLocation, List.of(retired));
        signer.load();
        return signer;
    }

    @Test
    void productionRefusesToStartWithoutASealKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> signer(null));
        assertTrue(refused.getMessage().contains("sop.review.seal.private-key-location"));
    }

    @Test
    void aSealVerifiesForTheSignedStatementOnly() {
        LocalSealSigner signer = signer("seal-test-private.pem");
        byte[] statement = "SOP45-SEAL/1\nact=PARAF".getBytes(StandardCharsets.UTF_8);
        SignatureValue seal = signer.sign(statement);
        assertEquals("SHA256withRSA", seal.algorithm());
        assertEquals(signer.publicKey().orElseThrow().keyId(), seal.keyId());
        assertTrue(signer.verify(statement, seal));
        assertFalse(signer.verify("SOP45-SEAL/1\nact=SIGNATURE".getBytes(StandardCharsets.UTF_8), seal));
        assertFalse(signer.verify(statement, new SignatureValue(seal.algorithm(), "other-key", seal.base64())));
        assertFalse(signer.verify(statement, new SignatureValue(seal.algorithm(), seal.keyId(), "not base64!")));
    }

    @Test
    void aMissingKeyFileIsAClearStartupError() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> signer("file:/nowhere/seal.pem"));
        assertTrue(refused.getMessage().startsWith("Cannot load the seal key"));
    }

    @Test
    void afterARotationTheRetiredKeyStillVerifiesItsSealsAndSignsNothingNew() throws Exception {
        LocalSealSigner before = signer("seal-test-private.pem");
        byte[] statement = "SOP45-SEAL/2\nact=PARAF".getBytes(StandardCharsets.UTF_8);
        SignatureValue old = before.sign(statement);
        Path retired = Files.createTempFile("retired-seal", ".pem");
        Files.writeString(retired, before.publicKey().orElseThrow().pem());

        LocalSealSigner after = signer(SealFixtures.OTHER_PRIVATE_KEY_LOCATION, "file:" + retired);
        assertNotEquals(old.keyId(), after.sign(statement).keyId(), "the new key signs");
        assertTrue(after.verify(statement, old), "the old seal still verifies");
        assertEquals(List.of(true, false), after.keyring().keys().stream().map(PublishedKey::current).toList());
        assertEquals(old.keyId(), after.keyring().keys().get(1).keyId());

        LocalSealSigner withoutIt = signer(SealFixtures.OTHER_PRIVATE_KEY_LOCATION);
        assertFalse(withoutIt.verify(statement, old), "a key not in the ring verifies nothing");

        LocalSealSigner named = signer(SealFixtures.OTHER_PRIVATE_KEY_LOCATION, "local-seal-1=file:" + retired);
        assertTrue(named.keyring().find("local-seal-1").isPresent());
    }

    @Test
    void afterASwitchFromRsaToEcTheRsaSealsStillVerifyAndEachAlgorithmOnlyUnderItsOwnKey() throws Exception {
        LocalSealSigner rsa = signer("seal-test-private.pem");
        byte[] statement = "SOP45-SEAL/2\nact=SIGNATURE".getBytes(StandardCharsets.UTF_8);
        SignatureValue old = rsa.sign(statement);
        Path retired = Files.createTempFile("retired-seal", ".pem");
        Files.writeString(retired, rsa.publicKey().orElseThrow().pem());

        LocalSealSigner ec = signer("seal-test-ec-private.pem", "file:" + retired);
        SignatureValue seal = ec.sign(statement);
        assertEquals(KeyAlgorithms.ECDSA_SHA256, seal.algorithm());
        assertEquals(KeyAlgorithms.ECDSA_SHA256, ec.publicKey().orElseThrow().algorithm());
        assertEquals(KeyAlgorithms.RSA_SHA256, ec.keyring().keys().get(1).algorithm());
        assertTrue(ec.verify(statement, seal));
        assertTrue(ec.verify(statement, old), "the RSA seal made before the switch");
        assertFalse(ec.verify("SOP45-SEAL/2\nact=PARAF".getBytes(StandardCharsets.UTF_8), seal));
        assertFalse(ec.verify(statement, new SignatureValue(KeyAlgorithms.RSA_SHA256, seal.keyId(), seal.base64())));
        assertFalse(ec.verify(statement, new SignatureValue(KeyAlgorithms.ECDSA_SHA256, old.keyId(), old.base64())));
        assertFalse(ec.verify(statement, new SignatureValue(seal.algorithm(), old.keyId(), seal.base64())),
                "the EC signature under the RSA key's id");
    }

    private static ReviewConfig config(String keyLocation, List<String> retired) {
        return new ReviewConfig() {
            @Override
            public StandardMinutes standardMinutes() {
                throw new UnsupportedOperationException();
            }

            @Override
            public SignerKind signer() {
                return SignerKind.LOCAL;
            }

            @Override
            public Agenda agenda() {
                throw new UnsupportedOperationException();
            }

            @Override
            public SignedDocuments signedDocuments() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Seal seal() {
                return new Seal() {
                    @Override
                    public Optional<String> privateKeyLocation() {
                        return Optional.ofNullable(keyLocation);
                    }

                    @Override
                    public Optional<String> keyId() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<List<String>> retiredPublicKeys() {
                        return Optional.of(retired);
                    }
                };
            }

            @Override
            public Correction correction() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
