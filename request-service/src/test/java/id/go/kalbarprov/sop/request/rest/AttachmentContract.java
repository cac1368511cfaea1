package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Files;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What attachments do whatever store keeps their bytes: the type from the bytes, the SHA-256, the download headers,
 * the access of their document, and a changed file in the store never served as the original. Run against
 * PostgreSQL ({@link AttachmentTest}) and a real S3-compatible server ({@link S3AttachmentTest}).
 */
abstract class AttachmentContract {

    /** Overwrites the stored bytes of an attachment behind the service's back. */
    abstract void tamper(String attachmentId, byte[] bytes);

    static String collecting() {
        String id = Cases.open();
        Cases.issueMemo(id);
        return id;
    }

    @Test
    void aPdfIsStoredWithItsTypeSizeAndSha256AndDownloadsAsAnAttachmentWithItsHashAsETag() {
        String caseId = collecting();
        byte[] pdf = Files.pdf("balasan");
        Response created = given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf")
                .queryParam("name", "../../etc/Surat \"balasan\";.pdf").queryParam("description", "Surat balasan")
                .header("Idempotency-Key", "upload-" + caseId).body(pdf)
                .post("/api/v1/cases/" + caseId + "/attachments");
        created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/attachments/"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(Files.sha256(pdf)))
                .body("name", equalTo("Surat _balasan__.pdf"))
                .body("description", equalTo("Surat balasan"))
                .body("belongsTo", equalTo("CASE"))
                .body("uploadedBy.upn", equalTo("kasubbag.one"))
                .body("uploadedBy.role", equalTo("kasubbag"))
                .body("uploadedAt", org.hamcrest.Matchers.notNullValue());
        String id = created.path("id");
        // the same key and body again: the first answer, no second file
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf")
                .queryParam("name", "../../etc/Surat \"balasan\";.pdf").queryParam("description", "Surat balasan")
                .header("Idempotency-Key", "upload-" + caseId).body(pdf)
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/attachments").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(id));

        Response download = given().auth().oauth2(Tokens.kabag()).get("/api/v1/attachments/" + id);
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"Surat _balasan__.pdf\""))
                .header("ETag", "\"" + Files.sha256(pdf) + "\"")
                .header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(pdf, download.asByteArray());
        // the case view lists its files
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("attachments.id", hasItem(id)).body("attachments[0].sha256", equalTo(Files.sha256(pdf)));
    }

    @Test
    void theTypeComesFromTheBytesNotTheNameOrTheDeclaredType() {
        String caseId = collecting();
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").queryParam("name", "scan.pdf")
                .body(Files.png()).post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(201)
                .body("mediaType", equalTo("image/png")).body("name", equalTo("scan.png"));
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/octet-stream").header("X-File-Name", "foto")
                .body(Files.jpeg()).post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(201)
                .body("mediaType", equalTo("image/jpeg")).body("name", equalTo("foto.jpg"));
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/octet-stream").queryParam("name", "data.xlsx")
                .body(Files.xlsx()).post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(201)
                .body("mediaType", equalTo(Files.XLSX)).body("name", equalTo("data.xlsx"));
        int before = given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/attachments")
                .then().extract().path("size()");
        for (byte[] refused : List.of(Files.exe(), Files.otherZip(), "just text".getBytes())) {
            given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").queryParam("name", "setup.pdf")
                    .body(refused).post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(415)
                    .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        }
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").body(new byte[0])
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(400)
                .contentType("application/problem+json");
        // a declared type that is no file type at all is refused before anything is read
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/x-msdownload").body(Files.exe())
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + caseId + "/attachments").then()
                .body("size()", equalTo(before));
    }

    @Test
    void aFileChangedInTheStoreIsNeverServedAsTheOriginal() {
        String caseId = collecting();
        String id = Files.letterOnCase(caseId);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/attachments/" + id).then().statusCode(200);
        tamper(id, Files.pdf("forged"));
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/attachments/" + id).then().statusCode(502)
                .contentType("application/problem+json").body("code", equalTo("ATTACHMENT_UNREADABLE"));
    }

    @Test
    void aUnitSeesOnlyItsOwnSubmissionsFilesAndAddsOnlyToItsOwnSubmission() {
        String caseId = collecting();
        String submissionA = given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Cases.row("IKU-1", 100, 80, 90))))
                .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(201).extract().path("id");
        String fileA = Files.upload(Tokens.unit(Cases.UNIT_A), caseId, "/submissions/" + submissionA + "/attachments",
                Files.pdf("bukti"), "application/pdf", "bukti.pdf");
        String officersFile = Files.letterOnCase(caseId);

        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/attachments/" + fileA).then().statusCode(200);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + caseId + "/attachments").then()
                .statusCode(200).body("id", equalTo(List.of(fileA))).body("[0].belongsTo", equalTo("SUBMISSION"))
                .body("[0].submissionId", equalTo(submissionA)).body("[0].unitCode", equalTo(Cases.UNIT_A));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/cases/" + caseId + "/submissions").then()
                .statusCode(200).body("[0].files.id", equalTo(List.of(fileA)));
        // the other unit: neither the file nor the list of it, nor a way to add to it
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/attachments/" + fileA).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).get("/api/v1/cases/" + caseId + "/attachments").then()
                .statusCode(200).body("id", not(hasItem(fileA)));
        given().auth().oauth2(Tokens.unit(Cases.UNIT_B)).contentType("application/pdf").body(Files.pdf("x"))
                .post("/api/v1/cases/" + caseId + "/submissions/" + submissionA + "/attachments").then()
                .statusCode(404);
        // the bureau's own files on the case are not a unit's to read; a unit adds none to the case
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/attachments/" + officersFile).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType("application/pdf").body(Files.pdf("x"))
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(403);
        // the bureau adds nothing to a unit's own submission
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").body(Files.pdf("x"))
                .post("/api/v1/cases/" + caseId + "/submissions/" + submissionA + "/attachments").then()
                .statusCode(403).body("code", equalTo("OTHER_UNIT"));
        // a unit of another case: not found
        given().auth().oauth2(Tokens.unit("DISHUB")).get("/api/v1/attachments/" + fileA).then().statusCode(404);
    }

    @Test
    void theDraftVersionBeingPreparedTakesFilesThatItsContentAndTheAgendaEntryCount() {
        Cases.Drafting d = Cases.drafting();
        Cases.compose(d.id(), d.allRows(), null);
        byte[] table = Files.xlsx();
        String file = Files.upload(Tokens.pelaksana(), d.id(), "/drafts/1/attachments", table, Files.XLSX,
                "tabel koreksi.xlsx");
        // only the version being prepared, only by its pelaksana
        given().auth().oauth2(Tokens.pelaksana()).contentType(Files.XLSX).body(table)
                .post("/api/v1/cases/" + d.id() + "/drafts/2/attachments").then().statusCode(422);
        given().auth().oauth2(Tokens.pelaksana("pelaksana.two")).contentType(Files.XLSX).body(table)
                .post("/api/v1/cases/" + d.id() + "/drafts/1/attachments").then().statusCode(403);
        Cases.submitDraft(d.id());
        given().auth().oauth2(Tokens.kasubbag()).get("/api/v1/cases/" + d.id() + "/drafts/1").then()
                .statusCode(200).body("attachments.id", equalTo(List.of(file)))
                .body("content.attachments[0].sha256", equalTo(Files.sha256(table)))
                .body("content.attachments[0].name", equalTo("tabel koreksi.xlsx"));
        // frozen with the version
        given().auth().oauth2(Tokens.pelaksana()).contentType(Files.XLSX).body(table)
                .post("/api/v1/cases/" + d.id() + "/drafts/1/attachments").then().statusCode(422)
                .contentType("application/problem+json");
        // a unit never reads the draft's files
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).get("/api/v1/attachments/" + file).then().statusCode(404);
        Response download = given().auth().oauth2(Tokens.karo()).get("/api/v1/attachments/" + file);
        download.then().statusCode(200).contentType(Files.XLSX);
        assertArrayEquals(table, download.asByteArray());
    }
}
