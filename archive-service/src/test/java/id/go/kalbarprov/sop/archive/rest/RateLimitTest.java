package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.document.DocumentIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rate limits as a caller meets them, with small budgets: two replicas share a public limit of 6 (3 each) and a
 * read limit of 4 (2 each). A caller over its budget gets 429 problem+json with Retry-After and the RateLimit headers;
 * another caller, or another endpoint class, still passes.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.rate-limit.enabled", "true", "sop.rate-limit.replicas", "2",
                    "sop.rate-limit.public", "6", "sop.rate-limit.read", "4", "sop.rate-limit.window", "1H");
        }
    }

    @Test
    void aClientTryingIdsWithoutATokenIsStoppedWith429() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/verifications/" + DocumentIds.newVerificationId()).then().statusCode(404)
                    .header("RateLimit-Policy", equalTo("\"public\";q=3;w=3600"))
                    .header("RateLimit", matchesPattern("\"public\";r=" + (2 - i) + ";t=\\d+"));
        }
        given().get("/api/v1/verifications/" + DocumentIds.newVerificationId()).then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_REQUESTS"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Policy", equalTo("\"public\";q=3;w=3600"))
                .header("RateLimit", matchesPattern("\"public\";r=0;t=[1-9]\\d*"));
        // the same endpoint with a token counts against the officer's own budget, not the address's
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/verifications/" + DocumentIds.newVerificationId())
                .then().statusCode(404).header("RateLimit-Policy", equalTo("\"read\";q=2;w=3600"));
    }

    @Test
    void eachOfficerHasABudgetOfTheirOwn() {
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.karo()).get("/api/v1/retention-schedule").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.karo()).get("/api/v1/retention-schedule").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", matchesPattern("[1-9]\\d*"));
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/retention-schedule").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"read\";r=1;t=\\d+"));
    }
}
