package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.platform.signing.KeyAlgorithms;
import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The performance data correction as the PDF an official prints and checks: rendered for a real review, read back
 * with PDFBox, validated as PDF/A-2b, its PAdES signature verified (PDFBox, BouncyCastle and Debian's pdfsig) and
 * broken by one changed byte, its QR code decoded to the verification address.
 */
@QuarkusTest
class CorrectionPdfTest {

    private static byte[] pdf(UUID reviewId, String token) {
        Response response = given().auth().oauth2(token).get("/api/v1/reviews/" + reviewId + "/pdf");
        response.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = response.asByteArray();
        assertEquals("\"" + ContentHash.sha256(bytes) + "\"", response.header("ETag"));
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\""));
        return bytes;
    }

    @Test
    void theSignedCorrectionIsAnArchivalPdfWithEveryRequiredField() throws Exception {
        UUID id = ReviewApi.signed();
        byte[] pdf = pdf(id, Tokens.karo());
        String number = given().auth().oauth2(Tokens.karo()).get("/api/v1/reviews/" + id + "/seals").then()
                .statusCode(200).extract().path("find { it.act == 'SIGNATURE' }.documentNumber");
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertFontsEmbedded(pdf);
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("PERBAIKAN DATA KINERJA", "Nomor: " + number, "Triwulan I 2026",
                "Kasubbag TU", "Test kasubbag.one", "Kabag Tatalaksana", "Test kabag.one",
                "Karo Organisasi,", "Test karo.one", "NIP 19660921 198603 1 004", "Sebelum perbaikan",
                "Setelah perbaikan", "Kesimpulan", "Paraf")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertTrue(text.matches("(?s).*Pontianak, \\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus"
                + "|September|Oktober|November|Desember) 20\\d\\d.*"), text);
        // kept in the build directory for a reader to look at
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "signed-correction.pdf"), pdf);
    }

    @Test
    void theSignatureIsMadeByTheSealKeyAndCoversTheWholeDocument() {
        UUID id = ReviewApi.signed();
        byte[] pdf = pdf(id, Tokens.kabag());
        String sealKey = given().get("/api/v1/seals/keys").then().statusCode(200).extract()
                .path("keys.find { it.current }.pem");
        List<PadesSignature.Check> checks = PadesSignature.verify(pdf);
        assertEquals(1, checks.size());
        assertTrue(checks.get(0).valid());
        assertEquals("ETSI.CAdES.detached", checks.get(0).subFilter());
        assertEquals(new PublishedKey("k", KeyAlgorithms.RSA_SHA256, sealKey, true).publicKey(),
                checks.get(0).signerKey());
        String report = PdfChecks.pdfsig(pdf);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertArrayEquals(pdf, pdf(id, Tokens.auditor()), "the stored signed document, byte for byte");
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] pdf = pdf(ReviewApi.signed(), Tokens.karo());
        byte[] tampered = Arrays.copyOf(pdf, pdf.length);
        tampered[pdf.length / 3] ^= 0x20;
        // a flipped byte that lands in the PDF's structure leaves no signature found rather than an invalid one:
        // either way, no signature of the tampered file may hold
        assertTrue(PadesSignature.verify(tampered).stream().noneMatch(PadesSignature.Check::valid));
        assertFalse(PdfChecks.pdfsig(tampered).contains("Signature is Valid."));
    }

    @Test
    void theQrCodeNamesARandomVerificationAddress() {
        List<String> first = PdfChecks.qrCodes(pdf(ReviewApi.signed(), Tokens.karo()));
        List<String> second = PdfChecks.qrCodes(pdf(ReviewApi.signed(), Tokens.karo()));
        assertEquals(1, first.size());
        assertTrue(first.get(0).matches("http://localhost:8083/api/v1/verifications/[A-Za-z0-9_-]{22}"), first.get(0));
        assertFalse(first.equals(second));
    }

    @Test
    void beforeSigningTheDraftIsPrintedAsKonsepWithoutSignatureOrQrCode() {
        UUID id = ReviewApi.open();
        ReviewApi.approve(id, Tokens.kasubbag(), 1);
        byte[] pdf = pdf(id, Tokens.kabag());
        PdfChecks.assertPdfA2b(pdf);
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("KONSEP"), text);
        assertTrue(text.contains("Test kasubbag.one"), "the paraf given so far: " + text);
        assertFalse(text.contains("Test kabag.one"), text);
        assertTrue(PadesSignature.verify(pdf).isEmpty());
        assertTrue(PdfChecks.qrCodes(pdf).isEmpty());
    }

    @Test
    void anActingKaroSignsAsPlh() {
        UUID id = ReviewApi.atLevel7();
        ReviewApi.approve(id, Tokens.person("karo", "plh.karo", "198203032006041002", true), 1);
        String text = PdfChecks.text(pdf(id, Tokens.karo())).replaceAll("\\s+", " ");
        assertTrue(text.contains("Plh. Karo Organisasi"), text);
        assertTrue(text.contains("NIP 19820303 200604 1 002"), text);
    }

    @Test
    void thePdfHasTheAccessOfTheReview() {
        UUID id = ReviewApi.signed();
        given().get("/api/v1/reviews/" + id + "/pdf").then().statusCode(401);
        given().auth().oauth2(Tokens.unit("DINKES")).get("/api/v1/reviews/" + id + "/pdf").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.pelaksana("pelaksana.other")).get("/api/v1/reviews/" + id + "/pdf").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.service()).get("/api/v1/reviews/" + id + "/pdf").then().statusCode(403);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reviews/" + UUID.randomUUID() + "/pdf").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
