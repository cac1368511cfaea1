package id.go.kalbarprov.sop.platform.seal;

import id.go.kalbarprov.sop.platform.domain.ContentHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrectionVerificationTest {

    private static String reason(CorrectionSigned c, Keyring keyring) {
        return CorrectionVerification.verify(c, keyring).failure().map(CorrectionVerification.Failure::reason)
                .orElse("VALID");
    }

    private static CorrectionSigned withDocumentNumber(CorrectionSigned c, String number) {
        return new CorrectionSigned(c.eventId(), c.type(), c.caseId(), c.reviewId(), c.version(), c.draftVersion(),
                c.title(), c.year(), c.period(), c.content(), c.contentHash(), c.seals(), c.amendments(), number,
                c.documentDate(), c.signedAt(), c.verificationId(), c.pdfSha256(), c.pdf());
    }

    private static CorrectionSigned withAmendments(CorrectionSigned c, List<CorrectionSigned.Amendment> amendments) {
        return new CorrectionSigned(c.eventId(), c.type(), c.caseId(), c.reviewId(), c.version(), c.draftVersion(),
                c.title(), c.year(), c.period(), c.content(), c.contentHash(), c.seals(), amendments,
                c.documentNumber(), c.documentDate(), c.signedAt(), c.verificationId(), c.pdfSha256(), c.pdf());
    }

    @Test
    void aFixtureCorrectionVerifiesWithEverySealAndAmendment() {
        CorrectionSigned c = SealFixtures.signedCorrection(UUID.randomUUID(), 4);
        CorrectionVerification.Result result = CorrectionVerification.verify(c, SealFixtures.keyring());
        assertTrue(result.valid(), result.toString());
        assertEquals(3, result.seals().size());
        assertEquals(2, result.amendments().size());
    }

    @Test
    void theDocumentNumberIsCoveredByTheSignature() {
        CorrectionSigned c = SealFixtures.signedCorrection(UUID.randomUUID(), 3);
        assertEquals(CorrectionVerification.SEAL_SIGNATURE_INVALID,
                reason(withDocumentNumber(c, "000.8.6.3/999/ORG/2026"), SealFixtures.keyring()));
    }

    @Test
    void aKeyringWithoutTheKeyKnowsNoneOfTheSeals() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Keyring other = new Keyring(List.of(PublishedKey.of(null, generator.generateKeyPair().getPublic(), true)));
        assertEquals(CorrectionVerification.UNKNOWN_KEY,
                reason(SealFixtures.signedCorrection(UUID.randomUUID(), 3), other));
    }

    @Test
    void anUnsealedAmendmentIsFound() {
        CorrectionSigned c = SealFixtures.signedCorrection(UUID.randomUUID(), 3);
        List<CorrectionSigned.Amendment> rest = new ArrayList<>(c.amendments());
        rest.remove(0);
        assertEquals(SealChainRule.AMENDMENT_NOT_SEALED, reason(withAmendments(c, rest), SealFixtures.keyring()));
    }

    @Test
    void theSignedPdfMustHashToItsRecordedHashAndBeSignedByAKeyOfTheKeyring() {
        CorrectionSigned c = SealFixtures.signedCorrection(UUID.randomUUID(), 2);
        assertEquals("VALID", reason(c, SealFixtures.keyring()));
        byte[] tampered = c.pdf().clone();
        tampered[tampered.length / 3] ^= 0x01;
        assertEquals(CorrectionVerification.PDF_HASH_MISMATCH,
                reason(SealFixtures.withPdf(c, tampered, c.pdfSha256(), c.verificationId()), SealFixtures.keyring()));
        assertEquals(CorrectionVerification.PDF_SIGNATURE_INVALID, reason(SealFixtures.withPdf(c, tampered,
                ContentHash.sha256(tampered), c.verificationId()), SealFixtures.keyring()), "hash recomputed");
        byte[] byAnotherKey = SealFixtures.signedPdf(SealFixtures.privateKey(SealFixtures.OTHER_PRIVATE_KEY_LOCATION));
        assertEquals(CorrectionVerification.PDF_SIGNATURE_INVALID, reason(SealFixtures.withPdf(c, byAnotherKey,
                ContentHash.sha256(byAnotherKey), c.verificationId()), SealFixtures.keyring()));
        assertEquals(CorrectionVerification.PDF_HASH_MISMATCH,
                reason(SealFixtures.withPdf(c, null, c.pdfSha256(), c.verificationId()), SealFixtures.keyring()),
                "a hash without its PDF");
        assertEquals("VALID", reason(SealFixtures.withPdf(c, null, null, null), SealFixtures.keyring()),
                "a correction signed before PDFs existed");
    }
}
