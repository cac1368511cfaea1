package id.go.kalbarprov.sop.review.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.SignedDocuments;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A signature and its document need one database connection at a time: the PDF is made after the signing transaction
 * has given its connection back, and rendered between two short transactions; a reader waiting for it holds none.
 * With a pool of one connection a signature is answered, its document is read, and it is stored and handed on once (a
 * design that made the document while the signing transaction, or the reader's, still held its connection would wait
 * here for a second one, and time out).
 */
@QuarkusTest
@TestProfile(SignedDocumentOneConnectionTest.PoolOfOne.class)
class SignedDocumentOneConnectionTest {

    public static class PoolOfOne implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "1", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "3s");
        }
    }

    @Test
    void aSignatureWithAPoolOfOneConnectionGetsItsDocument() {
        UUID id = ReviewApi.signed();
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reviews/" + id + "/pdf").then().statusCode(200)
                .header("Signed-Document", "true");
        ReviewApi.awaitSignedDocument(id);
        assertEquals(0, SignedDocuments.due(id));
        assertEquals(1, SignedDocuments.stored(id));
        assertEquals(1, Db.outbox(ReviewApi.caseOf(id), "CorrectionSigned").size());
    }
}
