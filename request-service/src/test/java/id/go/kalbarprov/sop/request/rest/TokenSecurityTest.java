package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import id.go.kalbarprov.sop.platform.security.CachingJwtParser;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens as an attacker would send them: every one refused with 401 problem+json that reveals nothing. */
@QuarkusTest
class TokenSecurityTest {

    @Inject
    JWTParser parser;

    static Stream<String> badTokens() {
        return Stream.of(
                Tokens.builder("karo", "karo.one", null, null).expiresAt(Instant.now().minusSeconds(120)).sign(),
                Tokens.builder("karo", "karo.one", null, null).issuer("https://evil.example/issuer").sign(),
                Tokens.builder("karo", "karo.one", null, null).audience("another-system").sign(),
                Tokens.foreignKey("karo"),
                Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("karo.one").groups(Set.of("karo"))
                        .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                        .signWithSecret("a-shared-secret-that-is-long-enough-for-hs256-0123456789"),
                "eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL3NvcC50ZXN0L2lzc3VlciIsInVwbiI6Imthcm8ub25lIiwiZ3JvdXBzIjpbImthcm8iXX0.",
                Tokens.karo().substring(0, Tokens.karo().length() - 20),
                "garbage");
    }

    /**
     * The verified-token cache is the parser in use, and a token altered after a valid one was cached is still
     * refused. Expiry of a cached token is unit-tested in platform (CachingJwtParserTest): here the verification
     * accepts a token up to mp.jwt.verify.clock.skew (60 s) past its exp, too long for this test to wait.
     */
    @Test
    void theVerifiedTokenCacheIsInUseAndAnAlteredTokenIsStillRefused() {
        assertInstanceOf(CachingJwtParser.class, parser, "the caching parser replaces the default one");
        String valid = Tokens.karo();
        int at = valid.length() - 10; // inside the signature, not its last character (whose low bits are padding)
        String tampered = valid.substring(0, at) + (valid.charAt(at) == 'A' ? 'B' : 'A') + valid.substring(at + 1);
        given().auth().oauth2(valid).get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(valid).get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(tampered).get("/api/v1/cases").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void noTokenIsUnauthenticated() {
        given().get("/api/v1/cases").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"));
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void badTokensAreUnauthenticatedAndRevealNothing(String token) {
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))
                .body(not(containsString("Exception"))).body(not(containsString("at io.")));
    }

    @Test
    void aValidTokenWithoutTheRoleIsForbidden() {
        given().auth().oauth2(Tokens.role("arsiparis")).get("/api/v1/cases").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aTokenWithAnUnknownRoleIsForbidden() {
        given().auth().oauth2(Tokens.role("superuser")).get("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void anOfficerWithoutAValidNipIsForbiddenAndToldWhy() {
        for (String token : List.of(Tokens.withoutNip("pelaksana", "pelaksana.one"),
                Tokens.builder("kasubbag", "kasubbag.one", "12345", null).sign(),
                Tokens.builder("karo", "karo.one", "19660921198603100X", null).sign())) {
            given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"))
                    .body("detail", containsString("NIP"));
        }
        given().auth().oauth2(Tokens.withoutNip("kabag", "kabag.one")).header("Accept-Language", "id")
                .get("/api/v1/cases").then().statusCode(403).body("detail", containsString("tidak memuat NIP"));
    }

    @Test
    void theSameOfficerWithItsNipActsAndRolesThatAreNoOfficersNeedNone() {
        given().auth().oauth2(Tokens.pelaksana()).get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/cases").then().statusCode(200);
    }
}
