package id.go.kalbarprov.sop.review.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default seal, outside Quarkus (where the launch mode is production). */
class LocalSealSignerTest {

    private static LocalSealSigner signer(String keyLocation) {
        LocalSealSigner signer = new LocalSealSigner();
        signer.config = config(keyLocation);
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

    private static ReviewConfig config(String keyLocation) {
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
                };
            }
        };
    }
}
