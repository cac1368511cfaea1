package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Files;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Attachments in PostgreSQL (the default store), and the two body limits side by side. */
@QuarkusTest
class AttachmentTest extends AttachmentContract {

    @Inject
    EntityManager em;

    @Override
    void tamper(String attachmentId, byte[] bytes) {
        Files.tamperInPostgres(attachmentId, bytes);
    }

    private long attachments(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from attachment where case_id = ?1")
                .setParameter(1, UUID.fromString(caseId)).getSingleResult()).longValue();
    }

    @Test
    void theBytesAreKeptInPostgresqlBesideTheirMetadata() {
        String caseId = collecting();
        String id = Files.letterOnCase(caseId);
        Object[] row = (Object[]) em.createNativeQuery("select a.store, length(c.content) from attachment a "
                + "join attachment_content c on c.attachment_id = a.id where a.id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertEquals("POSTGRES", row[0]);
        assertEquals(Files.pdf("Surat 800/123/DINKES/2026").length, ((Number) row[1]).intValue());
    }

    @Test
    void anUploadAboveItsOwnLimitIs413AndTheJsonLimitStaysForJsonBodies() {
        String caseId = collecting();
        byte[] big = Files.pdf("x");
        big = Arrays.copyOf(big, 21 * 1024 * 1024);
        // declared length
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").body(big)
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
        // chunked: no length declared, counted as it is read
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").body(new ByteArrayInputStream(big))
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
        assertEquals(0, attachments(caseId));
        // 5 MB, far above the JSON limit, is a file like any other on an upload path
        byte[] five = Arrays.copyOf(Files.pdf("y"), 5 * 1024 * 1024);
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").body(five)
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(201)
                .body("size", equalTo(five.length));
        // a 4 MB JSON body on a JSON endpoint is still refused by the JSON limit (3M)
        String json = "{\"note\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}";
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                .body(json.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/cases/" + caseId + "/submissions").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/cases").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void theDraftVersionsAgendaEntryCountsItsFiles() {
        Cases.Drafting d = Cases.drafting();
        Cases.compose(d.id(), d.allRows(), null);
        Files.upload(Tokens.pelaksana(), d.id(), "/drafts/1/attachments", Files.xlsx(), Files.XLSX, "tabel.xlsx");
        Files.upload(Tokens.pelaksana(), d.id(), "/drafts/1/attachments", Files.pdf("lampiran"), "application/pdf",
                "lampiran.pdf");
        Cases.submitDraft(d.id());
        Object count = em.createNativeQuery("select cast(payload->>'attachments' as int) from outbox_event "
                        + "where aggregate_id = ?1 and type = 'AgendaRegistration' and payload->>'sourceRef' = ?2")
                .setParameter(1, UUID.fromString(d.id())).setParameter(2, d.id() + "/DraftVersion-1")
                .getSingleResult();
        assertEquals(2, ((Number) count).intValue());
    }

    @Test
    void uploadsNeedAnOfficerOrTheUnitAndAnAttachmentOfNoCaseIsNotFound() {
        String caseId = collecting();
        given().auth().oauth2(Tokens.auditor()).contentType("application/pdf").body(Files.pdf("x"))
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(403);
        given().contentType("application/pdf").body(Files.pdf("x"))
                .post("/api/v1/cases/" + caseId + "/attachments").then().statusCode(401);
        given().auth().oauth2(Tokens.kasubbag()).contentType("application/pdf").body(Files.pdf("x"))
                .post("/api/v1/cases/" + UUID.randomUUID() + "/attachments").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/attachments/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/attachments/not-a-uuid").then().statusCode(404);
    }
}
