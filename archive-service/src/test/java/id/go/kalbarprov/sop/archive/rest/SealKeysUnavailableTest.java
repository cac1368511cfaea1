package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With review-service's keyring out of reach nothing is accepted unverified: 503, so the sender retries later. */
@QuarkusTest
@TestProfile(SealKeysUnavailableTest.KeyringFromReviewService.class)
class SealKeysUnavailableTest {

    /** The keyring is read from review-service (as in production), which is not there. */
    public static class KeyringFromReviewService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.archive.seals.trusted-public-keys", "",
                    "quarkus.rest-client.review-service.url", "http://127.0.0.1:1");
        }
    }

    @Test
    void anUnreachableKeyringIsA503AndNothingIsReceivedOrQuarantined() {
        UUID caseId = UUID.randomUUID();
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Archive.signedCorrection(caseId, 3)).post("/api/v1/signed-corrections").then()
                .statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("SEAL_KEYS_UNAVAILABLE"));
        assertEquals(0, Db.count("SELECT count(*) FROM archive_order WHERE case_id = ?::uuid", caseId.toString()));
        assertEquals(0, Db.count("SELECT count(*) FROM quarantined_arrival WHERE case_id = ?::uuid",
                caseId.toString()));
    }
}
