package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.document.DocumentIds;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.testing.DatabaseRoles;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public verification a QR code leads to, tried as the holder of a printout and as an attacker: it answers by the
 * random id only, shows what a printout needs and nothing more, tells a tampered PDF or record, and refuses a PDF
 * that was not signed by review-service's seal key when it arrives.
 */
@QuarkusTest
class DocumentVerificationTest {

    private static final String VERIFY = "/api/v1/verifications/";

    private static CorrectionSigned received() {
        CorrectionSigned correction = SealFixtures.signedCorrection(UUID.randomUUID(), 3);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(SealFixtures.asJson(correction))
                .post("/api/v1/signed-corrections").then().statusCode(201);
        return correction;
    }

    @Test
    void withoutALoginTheIdShowsWhatAPrintoutNeedsAndThatEverythingVerifies() {
        CorrectionSigned correction = received();
        given().get(VERIFY + correction.verificationId()).then().statusCode(200)
                .body("documentNumber", equalTo(correction.documentNumber()))
                .body("documentDate", equalTo(correction.documentDate().toString()))
                .body("title", equalTo(correction.title()))
                .body("signerName", equalTo("Test karo.one"))
                .body("signerPost", equalTo("Karo Organisasi"))
                .body("pdfSha256", equalTo(correction.pdfSha256()))
                .body("contentHash", equalTo(correction.contentHash()))
                .body("pdf", equalTo("VALID"))
                .body("seals", equalTo("VALID"))
                .body("archive", equalTo("NOT_YET_FILED"))
                .body("$", not(hasKey("content")))
                .body("$", not(hasKey("caseId")))
                .body("$", not(hasKey("seals.upn")));
    }

    @Test
    void aPhoneThatScannedTheQrCodeGetsAPageWithTheVerdict() {
        CorrectionSigned correction = received();
        String page = given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get(VERIFY + correction.verificationId()).then().statusCode(200).contentType("text/html")
                .extract().asString();
        for (String expected : new String[]{"Dokumen ini sah dan tidak diubah", correction.documentNumber(),
                "1 April 2026", "Test karo.one, Karo Organisasi", correction.pdfSha256()}) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains(expected), expected + " in " + page);
        }
    }

    @Test
    void onceFiledTheArchiveChainIsCheckedAndTheRecordHoldsTheSignedPdf() {
        String recordId = Archive.filed("PUBLIC");
        String verificationId = (String) Db.rows("SELECT verification_id FROM archive_record WHERE id = ?::uuid",
                recordId).get(0).get("verification_id");
        given().get(VERIFY + verificationId).then().statusCode(200)
                .body("pdf", equalTo("VALID")).body("seals", equalTo("VALID"))
                .body("archive", equalTo("FILED_AND_CHAINED"));
        // The page shows the record's own link and, without walking the chain, the last full walk's time and verdict.
        String walked = given().auth().oauth2(Tokens.auditor()).get("/api/v1/records/verification").then()
                .statusCode(200).body("intact", equalTo(true)).extract().path("verifiedAt");
        given().get(VERIFY + verificationId).then().statusCode(200)
                .body("chainLastIntact", equalTo(true))
                .body("chainLastVerifiedAt", equalTo(given().auth().oauth2(Tokens.pelaksana())
                        .get("/api/v1/records/verification/last").then().statusCode(200)
                        .extract().path("finishedAt")))
                .body("chainLastVerifiedAt", org.hamcrest.Matchers.notNullValue());
        org.junit.jupiter.api.Assertions.assertNotNull(walked);
        byte[] filed = given().auth().oauth2(Tokens.auditor()).get("/api/v1/records/" + recordId + "/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(SealFixtures.signedPdf(), filed, "the archive holds what was signed");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/records/" + recordId).then().statusCode(200)
                .body("pdfSha256", equalTo(ContentHash.sha256(filed)));
    }

    @Test
    void theFiledPdfHasTheAccessOfTheRecordsContent() {
        String recordId = Archive.filed("RESTRICTED");
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/records/" + recordId + "/pdf").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("CONTENT_WITHHELD"));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/records/" + recordId + "/pdf").then().statusCode(200);
        given().auth().oauth2(Tokens.unit("DINKES")).get("/api/v1/records/" + recordId + "/pdf").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().get("/api/v1/records/" + recordId + "/pdf").then().statusCode(401);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/records/" + UUID.randomUUID() + "/pdf").then()
                .statusCode(404);
    }

    @Test
    void anUnknownOrMalformedIdIsA404AndListingIsNotPossible() {
        given().get(VERIFY + DocumentIds.newVerificationId()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(VERIFY + "not-an-id").then().statusCode(404).contentType("application/problem+json");
        given().get(VERIFY + "..%2F..%2Frecords").then().statusCode(404);
        given().get("/api/v1/verifications").then().statusCode(404);
    }

    @Test
    void aPdfChangedByTheDatabaseOwnerIsReportedInvalid() throws SQLException {
        String recordId = Archive.filed("PUBLIC");
        String verificationId = (String) Db.rows("SELECT verification_id FROM archive_record WHERE id = ?::uuid",
                recordId).get(0).get("verification_id");
        byte[] tampered = SealFixtures.signedPdf();
        tampered[tampered.length / 3] ^= 0x01;
        rewritePdf(recordId, tampered, null);
        try {
            given().get(VERIFY + verificationId).then().statusCode(200).body("pdf", equalTo("INVALID"));
            rewritePdf(recordId, tampered, ContentHash.sha256(tampered));
            given().get(VERIFY + verificationId).then().statusCode(200).body("pdf", equalTo("INVALID"))
                    .body("archive", equalTo("CHAIN_BROKEN"));
        } finally {
            rewritePdf(recordId, SealFixtures.signedPdf(), ContentHash.sha256(SealFixtures.signedPdf()));
        }
        given().get(VERIFY + verificationId).then().body("pdf", equalTo("VALID"))
                .body("archive", equalTo("FILED_AND_CHAINED"));
    }

    @Test
    void aPdfNotSignedByTheSealKeyOrNotMatchingItsHashIsQuarantinedOnArrival() {
        CorrectionSigned correction = SealFixtures.signedCorrection(UUID.randomUUID(), 3);
        byte[] forged = SealFixtures.signedPdf(SealFixtures.privateKey(SealFixtures.OTHER_PRIVATE_KEY_LOCATION));
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(SealFixtures.asJson(SealFixtures.withPdf(correction, forged, ContentHash.sha256(forged),
                        correction.verificationId())))
                .post("/api/v1/signed-corrections").then().statusCode(202)
                .body("reason", equalTo("PDF_SIGNATURE_INVALID"));
        CorrectionSigned other = SealFixtures.signedCorrection(UUID.randomUUID(), 3);
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(SealFixtures.asJson(SealFixtures.withPdf(other, other.pdf(), "0".repeat(64),
                        other.verificationId())))
                .post("/api/v1/signed-corrections").then().statusCode(202)
                .body("reason", equalTo("PDF_HASH_MISMATCH"));
        given().get(VERIFY + correction.verificationId()).then().statusCode(404);
        assertEquals(0, Db.count("SELECT count(*) FROM archive_order WHERE case_id IN (?::uuid, ?::uuid)",
                correction.caseId().toString(), other.caseId().toString()));
    }

    /** As the schema's owner, who can switch the immutability trigger off: what the runtime role cannot do. */
    private static void rewritePdf(String recordId, byte[] pdf, String sha256) throws SQLException {
        try (Connection owner = DatabaseRoles.connectAs("archive_owner", "archive_svc")) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("ALTER TABLE archive_record DISABLE TRIGGER archive_record_immutable");
            }
            try (PreparedStatement update = owner.prepareStatement(sha256 == null
                    ? "UPDATE archive_record SET pdf = ? WHERE id = ?::uuid"
                    : "UPDATE archive_record SET pdf = ?, pdf_sha256 = ? WHERE id = ?::uuid")) {
                update.setBytes(1, pdf);
                if (sha256 != null) {
                    update.setString(2, sha256);
                }
                update.setString(sha256 == null ? 2 : 3, recordId);
                update.executeUpdate();
            }
            try (Statement s = owner.createStatement()) {
                s.execute("ALTER TABLE archive_record ENABLE TRIGGER archive_record_immutable");
            }
            owner.commit();
        }
    }
}
