package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The service from an attacker's side: every way of presenting a bad token is a 401 problem, and changes nothing. */
@QuarkusTest
class SecurityTest {

    /** Health, metrics and the OpenAPI document are on the management interface (/q on its own port, a free one in tests). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    static Stream<Arguments> endpoints() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("POST", "/api/v1/signed-corrections", "review-service"),
                Arguments.of("GET", "/api/v1/signed-corrections/quarantine", "auditor"),
                Arguments.of("GET", "/api/v1/archive-orders", "kabag"),
                Arguments.of("GET", "/api/v1/archive-orders/" + id, "kabag"),
                Arguments.of("POST", "/api/v1/archive-orders/" + id + "/order", "kabag"),
                Arguments.of("POST", "/api/v1/archive-orders/" + id + "/delegation", "kasubbag"),
                Arguments.of("POST", "/api/v1/archive-orders/" + id + "/filing", "arsiparis"),
                Arguments.of("GET", "/api/v1/records", "auditor"),
                Arguments.of("GET", "/api/v1/records/" + id, "auditor"),
                Arguments.of("GET", "/api/v1/records/verification", "auditor"),
                Arguments.of("GET", "/api/v1/records/due", "arsiparis"),
                Arguments.of("GET", "/api/v1/retention-schedule", "arsiparis"),
                Arguments.of("GET", "/api/v1/retention-schedule/minimums", "arsiparis"),
                Arguments.of("GET", "/api/v1/retention-schedule/proposals", "arsiparis"),
                Arguments.of("GET", "/api/v1/retention-schedule/proposals/" + id, "arsiparis"),
                Arguments.of("POST", "/api/v1/retention-schedule/proposals", "arsiparis"),
                Arguments.of("POST", "/api/v1/retention-schedule/proposals/" + id + "/approval", "kasubbag"),
                Arguments.of("POST", "/api/v1/retention-schedule/proposals/" + id + "/rejection", "kasubbag"),
                Arguments.of("POST", "/api/v1/agenda", "request-service"),
                Arguments.of("GET", "/api/v1/agenda", "auditor"),
                Arguments.of("GET", "/api/v1/reports/service-level", "karo"));
    }

    private static RequestSpecification request(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON).body("{}");
        return token == null ? spec : spec.auth().oauth2(token);
    }

    private static void expectUnauthenticated(String method, String path, String token) {
        request(token).request(method, path).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void noTokenIsUnauthenticated(String method, String path, String role) {
        expectUnauthenticated(method, path, null);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anExpiredTokenIsUnauthenticated(String method, String path, String role) {
        expectUnauthenticated(method, path, Tokens.expired(role));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aTokenFromAnotherIssuerIsUnauthenticated(String method, String path, String role) {
        expectUnauthenticated(method, path, Tokens.wrongIssuer(role));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aTokenSignedWithAnotherKeyIsUnauthenticated(String method, String path, String role) {
        expectUnauthenticated(method, path, Tokens.foreignKey(role));
    }

    @Test
    void aTokenForAnotherAudienceOrGarbageIsUnauthenticated() {
        expectUnauthenticated("GET", "/api/v1/records",
                Tokens.builder("auditor", "auditor.one", null, null).audience("someone-else").sign());
        expectUnauthenticated("GET", "/api/v1/records", "not.a.jwt");
        String unsigned = Tokens.auditor();
        expectUnauthenticated("GET", "/api/v1/records", unsigned.substring(0, unsigned.lastIndexOf('.') + 1));
    }

    @Test
    void aForgedServiceTokenCannotDeliverASignedCorrection() {
        var body = Archive.signedCorrection(UUID.randomUUID(), 1);
        given().auth().oauth2(Tokens.foreignKey("service")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/signed-corrections").then().statusCode(401);
        Assertions.assertEquals(0, Db.count("SELECT count(*) FROM archive_order WHERE case_id = ?::uuid",
                body.get("caseId")));
    }

    @Test
    void theProblemIsInIndonesianWhenAsked() {
        given().header("Accept-Language", "id").get("/api/v1/records").then().statusCode(401)
                .header("Content-Language", "id").body("title", equalTo("Autentikasi diperlukan"));
    }

    @Test
    void healthAndOpenApiAreOpenOnTheManagementPortOnly() {
        given().get(ready).then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(404);
        given().queryParam("format", "json").get(openApi).then().statusCode(200)
                .body("paths.'/api/v1/signed-corrections'.post.responses.'422'.description",
                        org.hamcrest.Matchers.notNullValue());
    }
}
