package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API from an attacker's side: tokens that must not work, and roles that must not pass. */
@QuarkusTest
class SecurityTest {

    /** Health, metrics and the OpenAPI document are on the management interface (/q on its own port, a free one in tests). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    private static final String[] PROTECTED = {"/api/v1/reviews", "/api/v1/reports/service-level"};

    private static void refused(String token) {
        for (String path : PROTECTED) {
            var request = token == null ? given() : given().auth().oauth2(token);
            request.get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"));
        }
        var post = token == null ? given() : given().auth().oauth2(token);
        post.contentType(ContentType.JSON).body(ReviewApi.arrival(UUID.randomUUID(), 1)).post("/api/v1/reviews")
                .then().statusCode(401);
    }

    @Test
    void noTokenIs401() {
        refused(null);
    }

    @Test
    void anExpiredTokenIs401() {
        refused(Tokens.builder("karo", "karo.one", null, null).issuedAt(1_600_000_000L).expiresAt(1_600_000_600L)
                .sign());
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        refused(Tokens.builder("karo", "karo.one", null, null).issuer("https://evil.example/issuer").sign());
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        refused(Tokens.builder("karo", "karo.one", null, null).audience("another-app").sign());
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        refused(Tokens.foreignKey("karo"));
        refused(Tokens.foreignKey("service"));
    }

    @Test
    void garbageIs401() {
        refused("not.a.jwt");
        refused(Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("x").groups(Set.of("karo")).sign() + "x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelaksana", "arsiparis", "unit", "auditor", "karo"})
    void aWrongRoleIs403ForTheHandoffFromRequestService(String role) {
        given().auth().oauth2(Tokens.role(role)).contentType(ContentType.JSON)
                .body(ReviewApi.arrival(UUID.randomUUID(), 1)).post("/api/v1/reviews").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aTokenWithoutRolesIs403() {
        String none = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("nobody").expiresIn(600).sign();
        given().auth().oauth2(none).get("/api/v1/reviews").then().statusCode(403);
        given().auth().oauth2(none).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 1))
                .post("/api/v1/reviews/" + UUID.randomUUID() + "/decisions").then().statusCode(403);
    }

    @Test
    void thePublicKeyAndHealthNeedNoToken() {
        given().get("/api/v1/seals/public-key").then().statusCode(200);
        given().get(ready).then().statusCode(200);
        given().get(live).then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirProblems() {
        given().queryParam("format", "json").get(openApi).then().statusCode(200)
                .body("paths.'/api/v1/reviews'.post.responses.'422'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/reviews/{id}/decisions'.post", org.hamcrest.Matchers.notNullValue())
                .body("components.securitySchemes.bearer", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void metricsArePublishedOnTheManagementPortOnly() {
        given().get(metrics).then().statusCode(200);
        for (String path : new String[] {"/q/metrics", "/q/health/ready", "/q/openapi", "/q/swagger-ui"}) {
            given().get(path).then().statusCode(404);
        }
    }
}
