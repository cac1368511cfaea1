package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import id.go.kalbarprov.sop.platform.event.SealAct;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The archive accepts a signed correction only when every seal and sealed amendment verifies against
 * review-service's keyring and they make a chain; otherwise it is delivered (202, not to be retried) into quarantine
 * with the reason, and the case timeline is told. The kept seals are verified again whenever they are shown.
 */
@QuarkusTest
class SealVerificationTest {

    private static final String PATH = "/api/v1/signed-corrections";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> seal(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("seals")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> amendments(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("amendments");
    }

    /** Sends a valid correction changed by {@code change}; it is quarantined for {@code reason} and nothing else. */
    private static void quarantinedFor(String reason, Consumer<Map<String, Object>> change) {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = Archive.signedCorrection(caseId, 3);
        change.accept(body);
        String quarantineId = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body)
                .post(PATH).then().statusCode(202).contentType("application/problem+json")
                .body("status", equalTo(202))
                .body("code", equalTo("QUARANTINED"))
                .body("reason", equalTo(reason))
                .body("detail", containsString(reason))
                .body("quarantineId", notNullValue())
                .extract().path("quarantineId");
        assertEquals(0, Db.count("SELECT count(*) FROM archive_order WHERE case_id = ?::uuid", caseId.toString()),
                "no archive order");
        assertEquals(1, Db.count("SELECT count(*) FROM quarantined_arrival WHERE case_id = ?::uuid AND reason = ?",
                caseId.toString(), reason));
        List<Map<String, Object>> told = Db.rows("SELECT payload::text AS payload FROM outbox_event "
                + "WHERE aggregate_id = ?::uuid AND type = 'CaseStatus'", caseId.toString());
        assertEquals(1, told.size(), "the case timeline is told once");
        String status = (String) told.get(0).get("payload");
        assertTrue(status.contains("\"kind\": \"QUARANTINED\"") || status.contains("\"kind\":\"QUARANTINED\""), status);
        assertTrue(status.contains(reason), status);

        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body).post(PATH).then()
                .statusCode(202).body("quarantineId", equalTo(quarantineId));
        assertEquals(1, Db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?::uuid", caseId.toString()),
                "a redelivery adds nothing");
        given().auth().oauth2(Tokens.auditor()).get(PATH + "/quarantine?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + quarantineId + "' }.reason", equalTo(reason))
                .body("items.find { it.id == '" + quarantineId + "' }.detail", notNullValue());
    }

    @Test
    void aForgedSignatureIsQuarantined() {
        quarantinedFor("SEAL_SIGNATURE_INVALID", body -> {
            Map<String, Object> signature = seal(body, 2);
            String forged = SealFixtures.sign(id.go.kalbarprov.sop.platform.seal.SealStatement.approval(
                    UUID.fromString((String) signature.get("reviewId")), SealAct.SIGNATURE, 7, "karo.one",
                    "196609211986031004", "Test karo.one", "Karo Organisasi", false, 3,
                    (String) body.get("contentHash"), (String) body.get("documentNumber"),
                    java.time.LocalDate.parse((String) body.get("documentDate")),
                    Instant.parse((String) signature.get("at"))),
                    SealFixtures.privateKey(SealFixtures.OTHER_PRIVATE_KEY_LOCATION));
            signature.put("signature", forged);
        });
    }

    @Test
    void aSealWhoseFieldsWereChangedAfterSigningIsQuarantined() {
        quarantinedFor("SEAL_SIGNATURE_INVALID", body -> seal(body, 0).put("post", "Karo Organisasi"));
    }

    @Test
    void aDocumentNumberChangedAfterSigningIsQuarantined() {
        quarantinedFor("SEAL_SIGNATURE_INVALID", body -> body.put("documentNumber", "000.8.6.3/1/ORG/2026"));
    }

    @Test
    void aMissingSealIsQuarantined() {
        quarantinedFor("SEAL_MISSING_LEVEL", body -> ((List<?>) body.get("seals")).remove(1));
    }

    @Test
    void aKeyIdNotInTheKeyringIsQuarantined() {
        quarantinedFor("UNKNOWN_KEY", body -> seal(body, 1).put("keyId", "seal-0000000000000000"));
    }

    @Test
    void aLevel6AmendmentThatIsNotSealedIsQuarantined() {
        quarantinedFor("AMENDMENT_NOT_SEALED", body -> amendments(body).remove(0));
    }

    @Test
    void aForgedAmendmentSealIsQuarantined() {
        quarantinedFor("SEAL_SIGNATURE_INVALID", body -> amendments(body).get(0).put("level", 7));
    }

    @Test
    void tamperedContentIsQuarantined() {
        quarantinedFor("CONTENT_HASH_MISMATCH",
                body -> body.put("content", ((String) body.get("content")).replace("87.5", "97.5")));
    }

    @Test
    void aSealWithoutItsSignatureIsNotASignedCorrectionAtAll() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = Archive.signedCorrection(caseId, 3);
        seal(body, 2).remove("signature");
        given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body).post(PATH).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("seals[2].signature"));
        assertEquals(0, Db.count("SELECT count(*) FROM archive_order WHERE case_id = ?::uuid", caseId.toString()));
    }

    @Test
    void aVerifiedCorrectionShowsWhoInitialledAndSignedInWhichPostOnWhichVersionAndThatItVerifies() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 4);
        String id = given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON).body(body).post(PATH)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/archive-orders/" + id).then().statusCode(200)
                .body("sealsVerified", equalTo(true))
                .body("seals.upn", equalTo(List.of("kasubbag.one", "kabag.one", "karo.one")))
                .body("seals.post", equalTo(List.of("Kasubbag TU", "Kabag Tatalaksana", "Karo Organisasi")))
                .body("seals.version", equalTo(List.of(2, 3, 4)))
                .body("seals.at", everyItem(notNullValue()))
                .body("seals.verified", everyItem(equalTo(true)))
                .body("amendments.level", equalTo(List.of(6, 7)))
                .body("amendments.fromVersion", equalTo(List.of(2, 3)))
                .body("amendments.verified", everyItem(equalTo(true)))
                .body("documentNumber", equalTo(body.get("documentNumber")));

        Db.update("UPDATE archive_order SET seals = jsonb_set(seals, '{0,post}', '\"Karo Organisasi\"') "
                + "WHERE id = ?::uuid", id);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/archive-orders/" + id).then().statusCode(200)
                .body("sealsVerified", equalTo(false))
                .body("seals.verified", equalTo(List.of(false, true, true)));
    }

    @Test
    void theFiledRecordHoldsTheSealsAndAmendmentsAndShowsThemVerified() {
        String recordId = Archive.filed("PUBLIC");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/records/" + recordId).then().statusCode(200)
                .body("sealsVerified", equalTo(true))
                .body("seals.level", equalTo(List.of(5, 6, 7)))
                .body("seals.verified", everyItem(equalTo(true)))
                .body("amendments.size()", equalTo(2))
                .body("documentNumber", notNullValue());
        String facts = (String) Db.rows("SELECT seals::text AS seals FROM archive_record WHERE id = ?::uuid",
                recordId).get(0).get("seals");
        assertTrue(facts.contains("Karo Organisasi"), facts);
    }
}
