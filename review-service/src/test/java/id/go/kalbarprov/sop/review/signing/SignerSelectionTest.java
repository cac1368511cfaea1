package id.go.kalbarprov.sop.review.signing;

import static org.junit.jupiter.api.Assertions.assertSame;

import id.go.kalbarprov.sop.review.config.ReviewConfig;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignerSelectionTest {

    private static final Signer LOCAL = new FakeSigner();
    private static final Signer REMOTE = new FakeSigner();

    @Test
    void localIsTheDefaultSeal() {
        assertSame(LOCAL, SignerSelection.choose(ReviewConfig.SignerKind.LOCAL, () -> LOCAL, () -> REMOTE));
    }

    @Test
    void remoteSelectsTheBsreStyleSigner() {
        assertSame(REMOTE, SignerSelection.choose(ReviewConfig.SignerKind.REMOTE, () -> LOCAL, () -> REMOTE));
    }

    private static final class FakeSigner implements Signer {
        @Override
        public SignatureValue sign(byte[] statement) {
            return new SignatureValue("none", "fake", "");
        }

        @Override
        public boolean verify(byte[] statement, SignatureValue signature) {
            return false;
        }

        @Override
        public byte[] signPdf(byte[] pdf, id.go.kalbarprov.sop.platform.document.PadesSignature.SignerDetails details) {
            return pdf;
        }

        @Override
        public Optional<PublishedKey> publicKey() {
            return Optional.empty();
        }

        @Override
        public Keyring keyring() {
            return new Keyring(java.util.List.of());
        }
    }
}
