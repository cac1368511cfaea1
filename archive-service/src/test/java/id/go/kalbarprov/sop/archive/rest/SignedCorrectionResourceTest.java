package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.SealFixtures;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SignedCorrectionResourceTest {

    private static final String PATH = "/api/v1/signed-corrections";

    private static RequestSpecification asService() {
        return given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON);
    }

    private static long ordersOfCase(Object caseId) {
        return Db.count("SELECT count(*) FROM archive_order WHERE case_id = ?::uuid", caseId.toString());
    }

    @Test
    void aSignedCorrectionBecomesAnOrderWaitingForTheKabag() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 4);
        asService().body(body).post(PATH).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/archive-orders/"))
                .body("state", equalTo("RECEIVED"))
                .body("caseId", equalTo(body.get("caseId")))
                .body("version", equalTo(4))
                .body("contentHash", equalTo(body.get("contentHash")))
                .body("seals.size()", equalTo(3))
                .body("seals[2].act", equalTo("SIGNATURE"))
                .body("seals.verified", everyItem(equalTo(true)))
                .body("sealsVerified", equalTo(true))
                .body("amendments.size()", equalTo(2))
                .body("documentNumber", equalTo(body.get("documentNumber")))
                .body("allowedActions", hasItem("ORDER"));
    }

    @Test
    void aRepeatedDeliveryReturnsTheSameOrderOnce() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 2);
        String first = asService().body(body).post(PATH).then().statusCode(201).extract().path("id");
        asService().body(body).post(PATH).then().statusCode(200).body("id", equalTo(first));
        assertEquals(1, ordersOfCase(body.get("caseId")));
    }

    @Test
    void redeliveriesRacingTheFirstDeliveryCreateOneOrder() throws Exception {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 5);
        int copies = 6;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return asService().body(body).post(PATH).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                seen.add(status.get());
            }
            assertEquals(1, seen.stream().filter(s -> s == 201).count(), seen.toString());
            assertEquals(copies - 1, seen.stream().filter(s -> s == 200).count(), seen.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, ordersOfCase(body.get("caseId")));
        assertEquals(1, Db.count("SELECT count(*) FROM task WHERE case_id = ?::uuid", body.get("caseId")));
    }

    @Test
    void theSameCaseAndVersionUnderAnotherEventIdIsTheSameOrder() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 2);
        String first = asService().body(body).post(PATH).then().statusCode(201).extract().path("id");
        body.put("eventId", UUID.randomUUID().toString());
        asService().body(body).post(PATH).then().statusCode(200).body("id", equalTo(first));
        assertEquals(1, ordersOfCase(body.get("caseId")));
    }

    @Test
    void aDifferentContentForAnAlreadyReceivedVersionIsAConflict() {
        UUID caseId = UUID.randomUUID();
        asService().body(Archive.signedCorrection(caseId, 2)).post(PATH).then().statusCode(201);
        Map<String, Object> other = SealFixtures.asJson(SealFixtures.signedCorrection(caseId, 2, "{\"other\":true}"));
        asService().body(other).post(PATH).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"));
        assertEquals(1, ordersOfCase(caseId));
    }

    @Test
    void contentNotMatchingItsHashIsRefusedAndQuarantinedNeverFiled() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 3);
        body.put("content", ((String) body.get("content")).replace("87.5", "97.5"));
        String quarantineId = asService().body(body).post(PATH).then().statusCode(202)
                .contentType("application/problem+json")
                .body("code", equalTo("QUARANTINED"))
                .body("reason", equalTo("CONTENT_HASH_MISMATCH"))
                .body("quarantineId", notNullValue())
                .extract().path("quarantineId");
        asService().body(body).post(PATH).then().statusCode(202).body("quarantineId", equalTo(quarantineId));

        assertEquals(0, ordersOfCase(body.get("caseId")));
        assertEquals(0, Db.count("SELECT count(*) FROM archive_record WHERE case_id = ?::uuid", body.get("caseId")));
        assertEquals(1, Db.count("SELECT count(*) FROM quarantined_arrival WHERE case_id = ?::uuid",
                body.get("caseId")));
        given().auth().oauth2(Tokens.auditor()).get(PATH + "/quarantine?size=100").then().statusCode(200)
                .body("items.id", hasItem(quarantineId))
                .body("items.find { it.id == '" + quarantineId + "' }.reason", equalTo("CONTENT_HASH_MISMATCH"))
                .body("items.find { it.id == '" + quarantineId + "' }.actualHash",
                        equalTo(Archive.sha256((String) body.get("content"))))
                .body("items.find { it.id == '" + quarantineId + "' }.payload", hasKey("content"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSignatureOverAnotherHashIsQuarantinedToo() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 3);
        ((List<Map<String, Object>>) body.get("seals")).get(2).put("contentHash", "a".repeat(64));
        asService().body(body).post(PATH).then().statusCode(202).body("code", equalTo("QUARANTINED"))
                .body("reason", equalTo("SEAL_SIGNATURE_INVALID"));
        assertEquals(0, ordersOfCase(body.get("caseId")));
    }

    @Test
    void theMismatchIsExplainedInIndonesianOnRequest() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 3);
        body.put("contentHash", "b".repeat(64));
        asService().header("Accept-Language", "id").body(body).post(PATH).then().statusCode(202)
                .header("Content-Language", "id")
                .body("title", equalTo("Diterima ke karantina: segel tidak terverifikasi"))
                .body("detail", org.hamcrest.Matchers.containsString("CONTENT_HASH_MISMATCH"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutTheSignatureSealItIsNotASignedCorrection() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 3);
        body.put("seals", List.of(((List<Map<String, Object>>) body.get("seals")).get(0)));
        asService().body(body).post(PATH).then().statusCode(202).body("code", equalTo("QUARANTINED"))
                .body("reason", equalTo("SEAL_MISSING_LEVEL"));
        assertEquals(0, ordersOfCase(body.get("caseId")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kabag", "kasubbag", "karo", "arsiparis", "auditor", "pelaksana", "unit"})
    void onlyAServiceDeliversSignedCorrections(String role) {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 1);
        given().auth().oauth2(Tokens.role(role)).contentType(ContentType.JSON).body(body).post(PATH).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertEquals(0, ordersOfCase(body.get("caseId")));
    }

    @Test
    void theQuarantineIsForOfficersAndTheAuditorNotForServices() {
        given().auth().oauth2(Tokens.service()).get(PATH + "/quarantine").then().statusCode(403);
        given().auth().oauth2(Tokens.pelaksana()).get(PATH + "/quarantine").then().statusCode(403);
        given().auth().oauth2(Tokens.kabag()).get(PATH + "/quarantine").then().statusCode(200);
    }

    @Test
    void malformedJsonIsRefused() {
        asService().body("{\"eventId\": ").post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void wrongTypesUnknownFieldsAndMissingFieldsAreRefusedWithTheirNames() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = Archive.signedCorrection(caseId, 1);
        body.put("version", "one");
        asService().body(body).post(PATH).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("version"));

        body = Archive.signedCorrection(caseId, 1);
        body.put("sneaky", true);
        asService().body(body).post(PATH).then().statusCode(400).body("violations[0].field", equalTo("sneaky"));

        body = Archive.signedCorrection(caseId, 1);
        body.remove("contentHash");
        body.remove("title");
        body.put("period", "Q5");
        asService().body(body).post(PATH).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        body = Archive.signedCorrection(caseId, 1);
        body.remove("contentHash");
        body.remove("title");
        asService().body(body).post(PATH).then().statusCode(400)
                .body("violations.field", hasItem("contentHash")).body("violations.field", hasItem("title"));

        body = Archive.signedCorrection(caseId, 1);
        body.put("type", "DraftSubmitted");
        asService().body(body).post(PATH).then().statusCode(400).body("violations.field", hasItem("type"));

        body = Archive.signedCorrection(caseId, 1);
        body.put("title", "x".repeat(201));
        asService().body(body).post(PATH).then().statusCode(400).body("violations.field", hasItem("title"));

        body = Archive.signedCorrection(caseId, 1);
        body.put("seals", List.of(Map.of("level", 9, "act", "STAMP")));
        asService().body(body).post(PATH).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        assertEquals(0, ordersOfCase(caseId));
    }

    @Test
    void valuesTheDatabaseCannotHoldAreBadInputNotAnError() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = Archive.signedCorrection(caseId, 1);
        body.put("signedAt", "+300000-01-01T00:00:00Z");
        asService().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json");
        body = Archive.signedCorrection(caseId, 1);
        body.put("title", "Koreksi\u0000");
        asService().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, ordersOfCase(caseId));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        Map<String, Object> body = Archive.signedCorrection(UUID.randomUUID(), 1);
        body.put("content", "x".repeat(3_300_000));
        asService().body(body).post(PATH).then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }
}
