package id.go.kalbarprov.sop.platform.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.document.CmsKey;
import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.document.PdfRenderer;
import id.go.kalbarprov.sop.platform.document.SealCertificate;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.signing.SigningKey;
import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A seal key switched from RSA to EC P-256: the keyring holds the retired RSA key and the new EC key, the seals of
 * both verify under their own algorithm only, and the EC key signs the PDF as PAdES that this project and pdfsig
 * verify.
 */
class EcSealKeyTest {

    private static final SigningKey EC = SigningKey.load(Optional.of("ec-p256-private.pem"), Optional.empty(), "seal",
            "x");
    private static final PublishedKey EC_PUBLISHED = PublishedKey.of(EC.keyId(), EC.publicKey(), true);
    private static final PublishedKey RSA_RETIRED = new PublishedKey(SealFixtures.keyId(), KeyAlgorithms.RSA_SHA256,
            SealFixtures.publishedKey().pem(), false);
    private static final Keyring KEYRING = new Keyring(List.of(EC_PUBLISHED, RSA_RETIRED));
    private static final SealStatement STATEMENT = SealStatement.approval(UUID.randomUUID(), SealAct.SIGNATURE, 7,
            "karo.one", "196609211986031004", "Dr. Karo", "Karo Organisasi", false, 4, "a".repeat(64),
            "000.8.6.3/7/ORG/2026", LocalDate.of(2026, 4, 1), Instant.parse("2026-04-01T03:00:00Z"));

    @Test
    void theEcKeyIsPublishedWithEcdsa() {
        assertEquals(KeyAlgorithms.ECDSA_SHA256, EC_PUBLISHED.algorithm());
        assertEquals("EC", EC_PUBLISHED.publicKey().getAlgorithm());
        assertEquals(KeyAlgorithms.RSA_SHA256, SealFixtures.publishedKey().algorithm());
    }

    @Test
    void aSealMadeUnderTheOldRsaKeyStillVerifiesAfterTheSwitchToEc() {
        String rsa = SealFixtures.sign(STATEMENT, SealFixtures.privateKey());
        assertEquals(SealVerifier.Outcome.VALID,
                SealVerifier.verify(STATEMENT, KeyAlgorithms.RSA_SHA256, RSA_RETIRED.keyId(), rsa, KEYRING));
        String ec = EC.sign(STATEMENT.bytes());
        assertEquals(SealVerifier.Outcome.VALID,
                SealVerifier.verify(STATEMENT, KeyAlgorithms.ECDSA_SHA256, EC.keyId(), ec, KEYRING));
    }

    @Test
    void aSignatureRecordedUnderTheOtherAlgorithmsNameFails() {
        String ec = EC.sign(STATEMENT.bytes());
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID,
                SealVerifier.verify(STATEMENT, KeyAlgorithms.RSA_SHA256, EC.keyId(), ec, KEYRING));
        String rsa = SealFixtures.sign(STATEMENT, SealFixtures.privateKey());
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID,
                SealVerifier.verify(STATEMENT, KeyAlgorithms.ECDSA_SHA256, RSA_RETIRED.keyId(), rsa, KEYRING));
        // each key's signature under the other key's id
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID,
                SealVerifier.verify(STATEMENT, KeyAlgorithms.ECDSA_SHA256, EC.keyId(), rsa, KEYRING));
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID,
                SealVerifier.verify(STATEMENT, KeyAlgorithms.RSA_SHA256, RSA_RETIRED.keyId(), ec, KEYRING));
    }

    /** A keyring entry that names an algorithm its key does not sign with verifies nothing. */
    @Test
    void aKeyringEntryMisnamingItsKeysAlgorithmVerifiesNothing() {
        Keyring lying = new Keyring(List.of(new PublishedKey(EC.keyId(), "SHA1withECDSA", EC_PUBLISHED.pem(), true)));
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID, SealVerifier.verify(STATEMENT, "SHA1withECDSA",
                EC.keyId(), EC.sign(STATEMENT.bytes()), lying));
    }

    @Test
    void aTamperedStatementOrSignatureFailsForEc() {
        String ec = EC.sign(STATEMENT.bytes());
        SealStatement other = SealStatement.approval(STATEMENT.reviewId(), SealAct.SIGNATURE, 7, "karo.one",
                "196609211986031004", "Dr. Karo", "Karo Organisasi", false, 5, "a".repeat(64),
                "000.8.6.3/7/ORG/2026", LocalDate.of(2026, 4, 1), STATEMENT.at());
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID,
                SealVerifier.verify(other, KeyAlgorithms.ECDSA_SHA256, EC.keyId(), ec, KEYRING));
        byte[] bytes = Base64.getDecoder().decode(ec);
        bytes[bytes.length - 3] ^= 0x04;
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID, SealVerifier.verify(STATEMENT,
                KeyAlgorithms.ECDSA_SHA256, EC.keyId(), Base64.getEncoder().encodeToString(bytes), KEYRING));
    }

    @Test
    void theEcKeySignsThePdfAsPadesThatVerifiesHereAndInPdfsig() {
        byte[] pdf = PdfRenderer.render("<html><head><title>Perbaikan Data Kinerja</title></head><body>"
                + "<p style=\"font-family: 'DejaVu Sans'\">PERBAIKAN DATA KINERJA — EC</p></body></html>");
        X509Certificate certificate = SealCertificate.selfSigned(EC.publicKey(), this::sign, "Segel Elektronik EC",
                "Pemerintah Provinsi Kalimantan Barat");
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        byte[] signed = PadesSignature.sign(pdf, new CmsKey() {
            @Override
            public X509Certificate certificate() {
                return certificate;
            }

            @Override
            public byte[] sign(byte[] data) {
                return EcSealKeyTest.this.sign(data);
            }
        }, new PadesSignature.SignerDetails("Test karo.one", "Perbaikan Data Kinerja", "Pontianak", Instant.now()));

        List<PadesSignature.Check> checks = PadesSignature.verify(signed);
        assertEquals(1, checks.size());
        assertTrue(checks.get(0).valid());
        assertTrue(SignedPdfCheck.of(signed, ContentHash.sha256(signed), KEYRING).valid());
        assertFalse(SignedPdfCheck.of(signed, ContentHash.sha256(signed), SealFixtures.keyring()).signerKnown(),
                "the EC key is not in a keyring of the RSA key alone");
        String report = PdfChecks.pdfsig(signed);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        PdfChecks.assertPdfA2b(signed);

        byte[] tampered = Arrays.copyOf(signed, signed.length);
        tampered[signed.length / 4] ^= 0x01;
        // wherever the flipped byte lands (the signing time moves it), no signature of the tampered file holds: a
        // flip in the PDF's structure leaves none found, one in a signed byte range an invalid one
        assertTrue(PadesSignature.verify(tampered).stream().noneMatch(PadesSignature.Check::valid));
        assertFalse(SignedPdfCheck.of(tampered, ContentHash.sha256(tampered), KEYRING).valid());
        assertFalse(PdfChecks.pdfsig(tampered).contains("Signature is Valid."));
    }

    private byte[] sign(byte[] data) {
        return Base64.getDecoder().decode(EC.sign(data));
    }
}
