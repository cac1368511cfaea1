package id.go.kalbarprov.sop.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.review.support.ReviewApi;
import id.go.kalbarprov.sop.review.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seals of paraf and signature: listing, verification against the content, the published key. */
@QuarkusTest
class SealTest {

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "pelaksana", "arsiparis", "auditor"})
    void theBureausOfficersSeeTheSealsAndTheirVerification(String role) {
        UUID id = ReviewApi.signed();
        // the pelaksana who compiled the draft; any other pelaksana is refused (ReadAccessTest)
        String reader = "pelaksana".equals(role) ? Tokens.pelaksana() : Tokens.role(role);
        given().auth().oauth2(reader).get("/api/v1/reviews/" + id + "/seals").then().statusCode(200)
                .body("", hasSize(3))
                .body("level", equalTo(List.of(5, 6, 7)))
                .body("act", equalTo(List.of("PARAF", "PARAF", "SIGNATURE")))
                .body("upn", equalTo(List.of("kasubbag.one", "kabag.one", "karo.one")))
                .body("algorithm", everyItem(equalTo("SHA256withRSA")))
                .body("statement", everyItem(startsWith("SOP45-SEAL/2\nreview=" + id + "\n")))
                .body("post", equalTo(List.of("Kasubbag TU", "Kabag Tatalaksana", "Karo Organisasi")));
        given().auth().oauth2(reader).get("/api/v1/reviews/" + id + "/seals/verification").then()
                .statusCode(200).body("allValid", equalTo(true))
                .body("seals.valid", everyItem(equalTo(true)));
    }

    @Test
    void sealsRequireAToken() {
        given().get("/api/v1/reviews/" + UUID.randomUUID() + "/seals").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/v1/reviews/" + UUID.randomUUID() + "/seals/verification").then().statusCode(401);
    }

    /** Regression (attack suite): seals were open to any valid token, even one with no role of this system. */
    @Test
    void aServiceTokenIsForHandoffsAndSeesNoSeals() {
        UUID id = ReviewApi.signed();
        given().auth().oauth2(Tokens.service()).get("/api/v1/reviews/" + id + "/seals").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.service()).get("/api/v1/reviews/" + id + "/seals/verification").then()
                .statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"superadmin", "offline_access"})
    void aTokenWithoutARoleOfTheSystemSeesNoSeals(String foreignRole) {
        UUID id = ReviewApi.signed();
        for (String token : List.of(Tokens.of(foreignRole, "stranger", null, null),
                Tokens.builder("karo", "stranger", null, null).groups(java.util.Set.of()).sign())) {
            given().auth().oauth2(token).get("/api/v1/reviews/" + id + "/seals").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).get("/api/v1/reviews/" + id + "/seals/verification").then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void alteredContentFailsVerification() {
        UUID id = ReviewApi.signed();
        int changed = Db.tamper("UPDATE review_version SET content = replace(content, '\"80\"', '\"99\"') "
                + "WHERE review_id = ? AND number = 1", id);
        assertTrue(changed == 1);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals/verification").then()
                .statusCode(200)
                .body("allValid", equalTo(false))
                .body("seals.contentHashMatches", everyItem(equalTo(false)))
                .body("seals.signatureValid", everyItem(equalTo(true)))
                .body("seals.valid", everyItem(equalTo(false)));
    }

    @Test
    void anAlteredSealFailsItsSignatureCheck() {
        UUID id = ReviewApi.signed();
        Db.tamper("UPDATE review_seal SET upn = 'someone.else' WHERE review_id = ? AND level = 7", id);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals/verification").then()
                .statusCode(200)
                .body("allValid", equalTo(false))
                .body("seals.signatureValid", equalTo(List.of(true, true, false)))
                .body("seals.contentHashMatches", everyItem(equalTo(true)));
    }

    @Test
    void thePublishedKeyVerifiesASealWithoutThisService() throws Exception {
        UUID id = ReviewApi.signed();
        JsonPath key = given().get("/api/v1/seals/public-key").then().statusCode(200)
                .body("algorithm", equalTo("SHA256withRSA")).extract().jsonPath();
        JsonPath seal = given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals").then()
                .statusCode(200).extract().jsonPath();
        String pem = key.getString("pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(seal.getString("[2].statement").getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(seal.getString("[2].signature"))));
        assertTrue(seal.getString("[2].keyId").equals(key.getString("keyId")));
    }

    @Test
    void aReviewWithoutApprovalsHasNoSealsAndAnUnknownOneIsA404() {
        UUID id = ReviewApi.open();
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals").then().statusCode(200)
                .body("", hasSize(0));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + id + "/seals/verification").then()
                .statusCode(200).body("allValid", equalTo(true));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reviews/" + UUID.randomUUID() + "/seals").then()
                .statusCode(404);
    }
}
