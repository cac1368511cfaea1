package id.go.kalbarprov.sop.platform.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SealStatementTest {

    private static final UUID REVIEW = UUID.fromString("5b0c6f0e-2f7b-4f5e-9d0a-3f1c2b7e8a11");
    private static final String HASH = "a".repeat(64);
    private static final SealStatement SIGNATURE = SealStatement.approval(REVIEW, SealAct.SIGNATURE, 7, "karo.one",
            "196609211986031004", "Dr. Karo", "Karo Organisasi", false, 4, HASH, "000.8.6.3/7/ORG/2026",
            LocalDate.of(2026, 4, 1), Instant.parse("2026-04-01T03:00:00Z"));
    private static final SealStatement AMENDMENT = SealStatement.amendment(REVIEW, 6, "kabag.one", null, null,
            "Kabag Tatalaksana", false, 2, "b".repeat(64), 3, HASH, Instant.parse("2026-04-01T02:00:00Z"));

    private static SealStatement with(SealStatement s, Map<String, Object> change) {
        return new SealStatement(s.format(), (UUID) change.getOrDefault("reviewId", s.reviewId()),
                (SealAct) change.getOrDefault("act", s.act()), (int) change.getOrDefault("level", s.level()),
                (String) change.getOrDefault("upn", s.upn()), (String) change.getOrDefault("nip", s.nip()),
                (String) change.getOrDefault("name", s.name()), (String) change.getOrDefault("post", s.post()),
                (boolean) change.getOrDefault("acting", s.acting()), (int) change.getOrDefault("version", s.version()),
                (String) change.getOrDefault("contentHash", s.contentHash()),
                (Integer) change.getOrDefault("baseVersion", s.baseVersion()),
                (String) change.getOrDefault("baseHash", s.baseHash()),
                (String) change.getOrDefault("documentNumber", s.documentNumber()),
                (LocalDate) change.getOrDefault("documentDate", s.documentDate()),
                (Instant) change.getOrDefault("at", s.at()));
    }

    private static final List<Map<String, Object>> TAMPERINGS = List.of(
            Map.of("reviewId", UUID.randomUUID()), Map.of("act", SealAct.PARAF), Map.of("level", 5),
            Map.of("upn", "someone.else"), Map.of("nip", "197001011995031001"), Map.of("name", "Another"),
            Map.of("post", "Kasubbag TU"), Map.of("acting", true), Map.of("version", 5),
            Map.of("contentHash", "c".repeat(64)), Map.of("baseVersion", 1), Map.of("baseHash", "d".repeat(64)),
            Map.of("documentNumber", "000.8.6.3/8/ORG/2026"), Map.of("documentDate", LocalDate.of(2026, 4, 2)),
            Map.of("at", Instant.parse("2026-04-01T03:00:01Z")));

    @Test
    void theSecondFormatNamesEveryFieldOnItsOwnLine() {
        assertEquals("""
                SOP45-SEAL/2
                review=5b0c6f0e-2f7b-4f5e-9d0a-3f1c2b7e8a11
                act=SIGNATURE
                level=7
                upn=karo.one
                nip=196609211986031004
                name=Dr. Karo
                post=Karo Organisasi
                acting=false
                version=4
                contentHash=%s
                baseVersion=
                baseHash=
                documentNumber=000.8.6.3/7/ORG/2026
                documentDate=2026-04-01
                at=2026-04-01T03:00:00Z""".formatted(HASH), SIGNATURE.text());
    }

    @Test
    void everyFieldChangesTheStatementSoTamperingWithAnyFailsVerification() {
        for (SealStatement original : List.of(SIGNATURE, AMENDMENT)) {
            String signature = SealFixtures.sign(original, SealFixtures.privateKey());
            assertTrue(verify(original, signature).valid());
            for (Map<String, Object> change : TAMPERINGS) {
                SealStatement tampered = with(original, change);
                assertNotEquals(original.text(), tampered.text(), change.toString());
                assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID, verify(tampered, signature), change.toString());
            }
        }
    }

    @Test
    void aLineBreakInANameCannotForgeAnotherLine() {
        UnaryOperator<String> name = n -> with(SIGNATURE, Map.of("name", n)).text();
        String forged = name.apply("X\nlevel=5");
        assertFalse(forged.contains("\nlevel=5"), forged);
        assertNotEquals(name.apply("X\\nlevel=5"), forged);
    }

    @Test
    void aSignatureOfAnotherKeyOrAnUnknownKeyIdFails() {
        String other = SealFixtures.sign(SIGNATURE, SealFixtures.privateKey(SealFixtures.OTHER_PRIVATE_KEY_LOCATION));
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID, verify(SIGNATURE, other));
        String good = SealFixtures.sign(SIGNATURE, SealFixtures.privateKey());
        assertEquals(SealVerifier.Outcome.UNKNOWN_KEY, SealVerifier.verify(SIGNATURE, KeyAlgorithms.RSA_SHA256,
                "seal-unknown", good, SealFixtures.keyring()));
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID, SealVerifier.verify(SIGNATURE, "SHA1withRSA",
                SealFixtures.keyId(), good, SealFixtures.keyring()));
        assertEquals(SealVerifier.Outcome.SIGNATURE_INVALID, verify(SIGNATURE, "not base64!"));
    }

    private static SealVerifier.Outcome verify(SealStatement statement, String signature) {
        return SealVerifier.verify(statement, KeyAlgorithms.RSA_SHA256, SealFixtures.keyId(), signature,
                SealFixtures.keyring());
    }

    @Test
    void everyFieldAtItsLimitAndEscapedStaysWithinTheDocumentedLength() {
        SealStatement longest = new SealStatement(SealStatement.FORMAT, REVIEW, SealAct.AMENDMENT, 7,
                "\\".repeat(Limits.STORED_UPN), "\\".repeat(Limits.NIP), "\\".repeat(Limits.NAME),
                "\\".repeat(Limits.NAME), true, Integer.MIN_VALUE, HASH, Integer.MIN_VALUE, HASH,
                "\\".repeat(Limits.DOCUMENT_NUMBER), LocalDate.of(-999_999_999, 12, 31),
                Instant.parse("2026-12-31T23:59:59.123456789Z"));
        assertTrue(longest.text().length() <= SealStatement.MAX_LENGTH, longest.text().length() + " characters");
    }
}
