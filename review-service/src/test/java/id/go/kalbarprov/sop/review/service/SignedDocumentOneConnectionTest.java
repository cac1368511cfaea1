package id.go.kalbarprov.sop.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.review.support.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A signature and its document need one database connection at a time: the PDF is made after the signing transaction
 * has given its connection back, and rendered between two short transactions. With a pool of one connection a
 * signature still comes back with its document stored and handed on (a design that made the document while the
 * signing transaction still held its connection would wait here for a second one, and time out).
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
    void aSignatureWithAPoolOfOneConnectionComesBackWithItsDocument() {
        UUID id = ReviewApi.signed();
        assertEquals(0, Db.count("SELECT count(*) FROM pending_signed_document WHERE review_id = ?::uuid",
                id.toString()));
        assertEquals(1, Db.count("SELECT count(*) FROM signed_document WHERE review_id = ?::uuid", id.toString()));
        assertEquals(1, Db.outbox(ReviewApi.caseOf(id), "CorrectionSigned").size());
    }
}
