package id.go.kalbarprov.sop.request.support;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/** Small files of each accepted type (and some that are not), and uploading them as an officer or unit would. */
public final class Files {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Files() {
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    public static byte[] jpeg() {
        byte[] bytes = new byte[64];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    /** A Windows executable's first bytes: not an accepted type whatever it is called. */
    public static byte[] exe() {
        byte[] bytes = new byte[128];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "xl/workbook.xml");
    }

    /** A zip that is not a workbook (a .docx, say). */
    public static byte[] otherZip() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    private static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads {@code bytes} to {@code path} (under /api/v1/cases/{id}) and returns the new attachment's id. */
    public static String upload(String token, String caseId, String path, byte[] bytes, String type, String name) {
        return given().auth().oauth2(token).contentType(type).queryParam("name", name).body(bytes)
                .post("/api/v1/cases/" + caseId + path).then().statusCode(201).extract().path("id");
    }

    /** A reply letter scanned to PDF, uploaded to the case by the Kasubbag. */
    public static String letterOnCase(String caseId) {
        return upload(Tokens.kasubbag(), caseId, "/attachments", pdf("Surat 800/123/DINKES/2026"), "application/pdf",
                "surat-balasan.pdf");
    }

    /** Overwrites the bytes PostgreSQL keeps for an attachment, as the schema's owner (an operator, an intruder). */
    public static void tamperInPostgres(String attachmentId, byte[] bytes) {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "request_owner", "request_owner");
             PreparedStatement update = db.prepareStatement(
                     "update request_svc.attachment_content set content = ? where attachment_id = ?")) {
            update.setBytes(1, bytes);
            update.setObject(2, UUID.fromString(attachmentId));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no content row for " + attachmentId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
