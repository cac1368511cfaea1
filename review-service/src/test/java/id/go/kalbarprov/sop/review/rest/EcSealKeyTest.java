package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.seal.SignedPdfCheck;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.signing.Pem;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The seal key switched to EC P-256 ({@code seal-test-ec-private.pem}), the former RSA key retired
 * ({@code seal-fixture-public.pem}): seals and the PAdES signature of the correction are ECDSA and verify, a seal the
 * retired RSA key made still verifies, and a seal row naming the other algorithm than its key's fails.
 */
@QuarkusTest
@TestProfile(EcSealKeyTest.EcSealKey.class)
class EcSealKeyTest {

    public static class EcSealKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.review.seal.private-key-location", "seal-test-ec-private.pem",
                    "sop.review.seal.retired-public-keys", SealFixtures.PUBLIC_KEY_LOCATION);
        }
    }

    private static JsonPath seals(UUID id) {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals").then()
                .statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse verification(UUID id) {
        return given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals/verification").then()
                .statusCode(200);
    }

    @Test
    void theKeyringPublishesTheEcKeyAsCurrentAndTheRetiredRsaKey() {
        given().get("/api/v1/seals/keys").then().statusCode(200)
                .body("keys.algorithm", equalTo(List.of(KeyAlgorithms.ECDSA_SHA256, KeyAlgorithms.RSA_SHA256)))
                .body("keys.current", equalTo(List.of(true, false)))
                .body("keys[1].keyId", equalTo(SealFixtures.keyId()));
        given().get("/api/v1/seals/public-key").then().statusCode(200)
                .body("algorithm", equalTo(KeyAlgorithms.ECDSA_SHA256));
    }

    @Test
    void sealsAreEcdsaAndVerifyHereAndWithThePublishedKeyAlone() throws Exception {
        UUID id = ReviewApi.signed();
        JsonPath seals = seals(id);
        assertEquals(List.of(KeyAlgorithms.ECDSA_SHA256, KeyAlgorithms.ECDSA_SHA256, KeyAlgorithms.ECDSA_SHA256),
                seals.getList("algorithm"));
        verification(id).body("allValid", equalTo(true)).body("seals.valid", everyItem(equalTo(true)));
        String pem = given().get("/api/v1/seals/public-key").then().extract().path("pem");
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(KeyAlgorithms.publicKey(Pem.decode(pem)));
        verifier.update(seals.getString("[2].statement").getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(seals.getString("[2].signature"))));
    }

    @Test
    void aSealOfTheRetiredRsaKeyStillVerifiesAndARowNamingTheOtherAlgorithmFails() {
        UUID id = ReviewApi.signed();
        JsonPath seals = seals(id);
        String statement = seals.getString("[1].statement");
        String rsa = rsaSignature(statement);
        // the level-6 seal as the RSA key made it before the switch
        Db.tamper("UPDATE review_seal SET algorithm = ?, key_id = ?, signature = ? WHERE review_id = ? AND level = 6",
                KeyAlgorithms.RSA_SHA256, SealFixtures.keyId(), rsa, id);
        verification(id).body("allValid", equalTo(true)).body("seals.signatureValid", everyItem(equalTo(true)));

        Db.tamper("UPDATE review_seal SET algorithm = ? WHERE review_id = ? AND level = 6",
                KeyAlgorithms.ECDSA_SHA256, id);
        verification(id).body("allValid", equalTo(false))
                .body("seals.signatureValid", equalTo(List.of(true, false, true)));

        Db.tamper("UPDATE review_seal SET algorithm = ? WHERE review_id = ? AND level = 7",
                KeyAlgorithms.RSA_SHA256, id);
        verification(id).body("seals.signatureValid", equalTo(List.of(true, false, false)));
    }

    @Test
    void theCorrectionPdfIsSignedWithTheEcKeyAndPdfsigAcceptsIt() {
        UUID id = ReviewApi.signed();
        byte[] pdf = given().auth().oauth2(Tokens.kabag()).get("/api/v1/reviews/" + id + "/pdf").then()
                .statusCode(200).extract().asByteArray();
        Keyring keyring = given().get("/api/v1/seals/keys").then().statusCode(200).extract().as(Keyring.class);
        PublishedKey current = keyring.keys().get(0);
        List<PadesSignature.Check> checks = PadesSignature.verify(pdf);
        assertEquals(1, checks.size());
        assertTrue(checks.get(0).valid());
        assertArrayEquals(current.publicKey().getEncoded(), checks.get(0).signerKey().getEncoded());
        assertTrue(SignedPdfCheck.of(pdf, ContentHash.sha256(pdf), keyring).valid());
        String report = PdfChecks.pdfsig(pdf);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);

        byte[] tampered = Arrays.copyOf(pdf, pdf.length);
        tampered[pdf.length / 3] ^= 0x20;
        // a flip in the PDF's structure leaves no signature found, one in a signed byte range an invalid one
        assertTrue(PadesSignature.verify(tampered).stream().noneMatch(PadesSignature.Check::valid));
        assertFalse(PdfChecks.pdfsig(tampered).contains("Signature is Valid."));
    }

    private static String rsaSignature(String statement) {
        try {
            Signature signature = Signature.getInstance(KeyAlgorithms.RSA_SHA256);
            signature.initSign(SealFixtures.privateKey());
            signature.update(statement.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
