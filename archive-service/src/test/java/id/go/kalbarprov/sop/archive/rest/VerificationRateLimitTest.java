package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.go.kalbarprov.sop.platform.document.DocumentIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public verification cannot be used to try ids at speed: a client over its budget gets 429 and Retry-After. */
@QuarkusTest
@TestProfile(VerificationRateLimitTest.FewPerMinute.class)
class VerificationRateLimitTest {

    public static class FewPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.archive.verification.requests-per-minute", "3");
        }
    }

    @Test
    void aClientTryingIdsIsStoppedWith429() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/verifications/" + DocumentIds.newVerificationId()).then().statusCode(404);
        }
        given().get("/api/v1/verifications/" + DocumentIds.newVerificationId()).then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_REQUESTS"))
                .header("Retry-After", notNullValue());
    }
}
