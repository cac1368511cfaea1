package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Files;
import id.go.kalbarprov.sop.request.support.S3rverResource;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The same attachment behaviour with the bytes in a real S3-compatible server (s3rver), sop.attachments.store=s3. */
@QuarkusTest
@TestProfile(S3AttachmentTest.S3Store.class)
class S3AttachmentTest extends AttachmentContract {

    public static class S3Store implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3rverResource.class));
        }
    }

    @Inject
    EntityManager em;

    /** Straight to the object store, as an operator with the bucket's keys (or an intruder) would. */
    private static S3Client s3() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.US_EAST_1)
                .endpointOverride(URI.create(ConfigProvider.getConfig()
                        .getValue("sop.attachments.s3.endpoint", String.class)))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3rverResource.KEY, S3rverResource.KEY))).build();
    }

    @Override
    void tamper(String attachmentId, byte[] bytes) {
        try (S3Client s3 = s3()) {
            s3.putObject(b -> b.bucket(S3rverResource.BUCKET).key(attachmentId), RequestBody.fromBytes(bytes));
        }
    }

    @Test
    void theBytesAreAnObjectNamedByTheAttachmentIdAndOnlyTheMetadataIsInPostgresql() {
        String caseId = collecting();
        String id = Files.letterOnCase(caseId);
        try (S3Client s3 = s3()) {
            byte[] stored = s3.getObjectAsBytes(b -> b.bucket(S3rverResource.BUCKET).key(id)).asByteArray();
            assertArrayEquals(Files.pdf("Surat 800/123/DINKES/2026"), stored);
        }
        assertEquals("S3", em.createNativeQuery("select store from attachment where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        assertEquals(0L, ((Number) em.createNativeQuery(
                        "select count(*) from attachment_content where attachment_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }

    @Test
    void anObjectDeletedFromTheStoreIsAProblemNotAnEmptyFile() {
        String caseId = collecting();
        String id = Files.letterOnCase(caseId);
        try (S3Client s3 = s3()) {
            s3.deleteObject(b -> b.bucket(S3rverResource.BUCKET).key(id));
        }
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/attachments/" + id).then().statusCode(502)
                .contentType("application/problem+json").body("code", equalTo("ATTACHMENT_UNREADABLE"))
                .body("detail", containsString("missing"));
    }
}
