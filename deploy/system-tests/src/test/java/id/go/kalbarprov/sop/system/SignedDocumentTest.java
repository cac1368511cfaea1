package id.go.kalbarprov.sop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.document.PadesSignature;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.testing.PdfChecks;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The signed correction as an official prints and checks it, across the three services: the PDF the Karo signed at
 * review-service is the one the archive files, its QR code leads to the archive's public verification, which — with
 * no login — says the PDF, the seals and the archive chain all verify.
 */
class SignedDocumentTest extends SystemTest {

    @Test
    void thePrintedCorrectionsQrCodeVerifiesTheArchivedDocument() {
        String caseId = officers.caseSubmittedForReview("Koreksi tercetak");
        String reviewId = officers.reviewId(caseId);
        officers.approveChain(reviewId);
        byte[] signed = given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.REVIEW) + "/api/v1/reviews/" + reviewId + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfChecks.assertPdfA2b(signed);
        List<PadesSignature.Check> signatures = PadesSignature.verify(signed);
        assertEquals(1, signatures.size());
        assertTrue(signatures.get(0).valid());
        List<String> qr = PdfChecks.qrCodes(signed);
        assertEquals(1, qr.size());
        assertTrue(qr.get(0).startsWith(system.url(Svc.ARCHIVE) + "/api/v1/verifications/"), qr.get(0));

        given().get(qr.get(0)).then().statusCode(200)
                .body("pdf", equalTo("VALID")).body("seals", equalTo("VALID"))
                .body("archive", equalTo("NOT_YET_FILED"))
                .body("pdfSha256", equalTo(ContentHash.sha256(signed)));

        String recordId = officers.archive(officers.orderId(caseId));
        byte[] filed = given().auth().oauth2(DevTokens.auditor())
                .get(system.url(Svc.ARCHIVE) + "/api/v1/records/" + recordId + "/pdf").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(signed, filed, "the archive files the PDF the Karo signed, byte for byte");
        given().get(qr.get(0)).then().statusCode(200)
                .body("pdf", equalTo("VALID")).body("seals", equalTo("VALID"))
                .body("archive", equalTo("FILED_AND_CHAINED"));
    }
}
