package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.platform.testing.Db;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AgendaResourceTest {

    private static final String AGENDA = "/api/v1/agenda";

    private static RequestSpecification asService() {
        return given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON);
    }

    /** A year of its own per test, so that numbering starts at 1 and other tests do not interleave. */
    private static Map<String, Object> document(int year, String sourceRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceRef", sourceRef);
        body.put("caseId", UUID.randomUUID().toString());
        body.put("direction", "OUT");
        body.put("date", year + "-06-15T03:00:00Z");
        body.put("from", "Kabag Tata Laksana");
        body.put("to", "Perangkat Daerah");
        body.put("documentNumber", "000.8.3.3/15/ORG/" + year);
        body.put("documentDate", year + "-06-15");
        body.put("subject", "Permintaan data koreksi kinerja");
        body.put("attachments", 2);
        body.put("forwardedTo", null);
        body.put("remarks", "Nota Dinas");
        return body;
    }

    @Test
    void aRegisteredDocumentGetsTheNextNumberOfItsYear() {
        asService().body(document(2031, "memo/" + UUID.randomUUID())).post(AGENDA).then().statusCode(201)
                .body("year", equalTo(2031)).body("number", equalTo(1)).body("agendaNumber", equalTo("1/2031"))
                .body("documentNumber", equalTo("000.8.3.3/15/ORG/2031")).body("attachments", equalTo(2));
        asService().body(document(2031, "memo/" + UUID.randomUUID())).post(AGENDA).then().statusCode(201)
                .body("number", equalTo(2));
        asService().body(document(2032, "memo/" + UUID.randomUUID())).post(AGENDA).then().statusCode(201)
                .body("number", equalTo(1));
    }

    @Test
    void anOutboxDeliveryWithItsEventIdAndTypeAndManyAddresseesIsRegistered() {
        Map<String, Object> body = document(2034, "memo/" + UUID.randomUUID());
        body.put("eventId", UUID.randomUUID().toString());
        body.put("type", "AgendaRegistration");
        body.put("to", String.join(", ", java.util.Collections.nCopies(60, "DINAS-PENDIDIKAN")));
        asService().body(body).post(AGENDA).then().statusCode(201).body("to", equalTo(body.get("to")));
        body.put("eventId", UUID.randomUUID().toString());
        asService().body(body).post(AGENDA).then().statusCode(200);
    }

    @Test
    void theYearIsTheOfficesYearInWesternIndonesianTime() {
        Map<String, Object> body = document(2033, "memo/" + UUID.randomUUID());
        body.put("date", "2033-12-31T18:30:00Z"); // already 1 January 2034 in Pontianak
        asService().body(body).post(AGENDA).then().statusCode(201).body("year", equalTo(2034));
    }

    @Test
    void registeringTheSameDocumentAgainReturnsTheSameEntry() {
        Map<String, Object> body = document(2035, "draft-version/" + UUID.randomUUID());
        String id = asService().body(body).post(AGENDA).then().statusCode(201).extract().path("id");
        asService().body(body).post(AGENDA).then().statusCode(200).body("id", equalTo(id)).body("number", equalTo(1));
        asService().body(document(2035, "other/" + UUID.randomUUID())).post(AGENDA).then().statusCode(201)
                .body("number", equalTo(2));
    }

    @Test
    void concurrentRegistrationsGetGapFreeNumbersAndRepeatsAreNotCounted() throws Exception {
        int threads = 12;
        int documents = 40;
        int year = 2040;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < documents; i++) {
                // every document is sent twice, at the same time: a redelivery racing the first delivery
                Map<String, Object> body = document(year, "concurrent/" + i);
                for (int copy = 0; copy < 2; copy++) {
                    Callable<Integer> register = () -> {
                        start.await();
                        return asService().body(body).post(AGENDA).then().extract().statusCode();
                    };
                    results.add(pool.submit(register));
                }
            }
            start.countDown();
            int created = 0;
            for (Future<Integer> result : results) {
                int status = result.get();
                if (status == 201) {
                    created++;
                } else {
                    assertEquals(200, status);
                }
            }
            assertEquals(documents, created);
        } finally {
            pool.shutdown();
        }
        assertEquals(documents, Db.count("SELECT count(*) FROM agenda_entry WHERE year = ?", year));
        assertEquals(documents, Db.count("SELECT max(number) FROM agenda_entry WHERE year = ?", year));
        assertEquals(documents, Db.count("SELECT count(DISTINCT number) FROM agenda_entry WHERE year = ?", year));
        List<Integer> numbers = given().auth().oauth2(Tokens.auditor()).get(AGENDA + "?year=" + year + "&size=100")
                .then().statusCode(200).body("total", equalTo(documents)).extract().path("items.number");
        Set<Integer> expected = new HashSet<>();
        for (int n = 1; n <= documents; n++) {
            expected.add(n);
        }
        assertEquals(expected, new HashSet<>(numbers));
    }

    @Test
    void theBookIsReadByOfficersAndTheAuditorAndFilteredByCase() {
        Map<String, Object> body = document(2036, "disposition/" + UUID.randomUUID());
        asService().body(body).post(AGENDA).then().statusCode(201);
        given().auth().oauth2(Tokens.kabag()).get(AGENDA + "?caseId=" + body.get("caseId")).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].subject", equalTo("Permintaan data koreksi kinerja"));
        given().auth().oauth2(Tokens.auditor()).get(AGENDA + "?year=2036&direction=OUT").then().statusCode(200)
                .body("items.sourceRef", hasItem(body.get("sourceRef")));
        given().auth().oauth2(Tokens.auditor()).queryParam("q", "permintaan DATA").get(AGENDA + "?year=2036").then()
                .statusCode(200).body("items.sourceRef", hasItem(body.get("sourceRef")));
        given().auth().oauth2(Tokens.service()).get(AGENDA).then().statusCode(403);
        given().auth().oauth2(Tokens.role("unit")).get(AGENDA).then().statusCode(403);
    }

    @Test
    void theTotalIsExactUpToTheCapAndCappedBeyondIt() {
        int year = 2047;
        Db.update("DELETE FROM archive_svc.agenda_entry WHERE year = ?", year);
        insertEntries(year, 1, 1000);
        given().auth().oauth2(Tokens.auditor()).get(AGENDA + "?year=" + year + "&size=5").then().statusCode(200)
                .body("total", equalTo(1000)).body("totalExact", equalTo(true)).body("items.size()", equalTo(5));
        insertEntries(year, 1001, 1002);
        given().auth().oauth2(Tokens.auditor()).get(AGENDA + "?year=" + year + "&size=5").then().statusCode(200)
                .body("total", equalTo(1000)).body("totalExact", equalTo(false))
                .body("items.number", contains(1002, 1001, 1000, 999, 998));
        // The last page is still reached by page and size.
        given().auth().oauth2(Tokens.auditor()).get(AGENDA + "?year=" + year + "&size=100&page=10").then()
                .statusCode(200).body("items.number", contains(2, 1));
        // A narrower filter counts exactly again.
        given().auth().oauth2(Tokens.auditor()).queryParam("q", "capped 1001").get(AGENDA + "?year=" + year).then()
                .statusCode(200).body("total", equalTo(1)).body("totalExact", equalTo(true));
    }

    private static void insertEntries(int year, int from, int to) {
        Db.update("""
                INSERT INTO archive_svc.agenda_entry (id, year, number, source_service, source_ref, direction, date,
                    from_party, to_party, subject, attachments, registered_at, registered_by)
                SELECT gen_random_uuid(), ?, g, 'test', 'capped/' || ? || '/' || g, 'IN', now(), 'Biro', 'Bagian',
                       'Surat capped ' || g, 0, now(), 'test'
                  FROM generate_series(?, ?) g""", year, year, from, to);
    }

    @Test
    void anEntryKeepsItsStepAndClassificationAndARedeliveryRegistersOnce() {
        Map<String, Object> body = document(2041, "memo/" + UUID.randomUUID());
        body.put("documentNumber", "000.8.6.3/7/ORG/2041");
        body.put("step", 1);
        body.put("classification", "000.8.6.3");
        body.put("eventId", UUID.randomUUID().toString());
        body.put("type", "AgendaRegistration");
        String id = asService().body(body).post(AGENDA).then().statusCode(201)
                .body("step", equalTo(1)).body("classification", equalTo("000.8.6.3"))
                .body("documentNumber", equalTo("000.8.6.3/7/ORG/2041")).body("documentDate", equalTo("2041-06-15"))
                .body("attachments", equalTo(2)).body("number", equalTo(1)).extract().path("id");
        asService().body(body).post(AGENDA).then().statusCode(200).body("id", equalTo(id)).body("number", equalTo(1));
        assertEquals(1, Db.count("SELECT count(*) FROM agenda_entry WHERE year = 2041"));
        asService().body(document(2041, "memo/" + UUID.randomUUID())).post(AGENDA).then().statusCode(201)
                .body("number", equalTo(2)).body("step", nullValue()).body("classification", nullValue());
    }

    @Test
    void aCasesEntriesReadAsItsCorrespondenceInTheOrderOfTheirDates() {
        String caseId = UUID.randomUUID().toString();
        String[][] documents = {
            {"2042-03-02T01:00:00Z", "Memo", "1"},
            {"2042-03-01T01:00:00Z", "IncomingLetter", "1"},
            {"2042-03-05T01:00:00Z", "DraftVersion-1", "4"},
            {"2042-03-03T01:00:00Z", "Reply-DINKES-1", "2"},
        };
        for (String[] d : documents) {
            Map<String, Object> body = document(2042, caseId + "/" + d[1]);
            body.put("caseId", caseId);
            body.put("date", d[0]);
            body.put("step", Integer.valueOf(d[2]));
            asService().body(body).post(AGENDA).then().statusCode(201);
        }
        asService().body(document(2042, "other/" + UUID.randomUUID())).post(AGENDA).then().statusCode(201);
        given().auth().oauth2(Tokens.kasubbag()).get(AGENDA + "?caseId=" + caseId).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.sourceRef", contains(caseId + "/IncomingLetter", caseId + "/Memo",
                        caseId + "/Reply-DINKES-1", caseId + "/DraftVersion-1"))
                .body("items.step", contains(1, 1, 2, 4))
                .body("items.agendaNumber", contains("2/2042", "1/2042", "4/2042", "3/2042"));
        given().auth().oauth2(Tokens.auditor()).get(AGENDA + "?year=2042").then().statusCode(200)
                .body("items[0].number", equalTo(5));
    }

    @Test
    void theArchiveOrderTheDelegationAndTheFilingAreEntriesWithTheirStepsAndClassifications() {
        String orderId = Archive.delegated();
        Map<String, Object> filing = Archive.filing("PUBLIC");
        filing.put("classificationCode", "000.8.3.3");
        given().auth().oauth2(Tokens.arsiparis()).contentType(ContentType.JSON).body(filing)
                .post("/api/v1/archive-orders/" + orderId + "/filing").then().statusCode(201);
        String caseId = given().auth().oauth2(Tokens.auditor()).get("/api/v1/archive-orders/" + orderId).then()
                .statusCode(200).extract().path("caseId");
        String today = OfficeTime.dateOf(Instant.now()).toString();
        String entry = "items.find { it.sourceRef.contains('%s') }.";
        given().auth().oauth2(Tokens.kabag()).get(AGENDA + "?caseId=" + caseId).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.step", contains(8, 9, 10))
                .body("items.documentDate", everyItem(equalTo(today)))
                .body("items.direction", everyItem(equalTo("INTERNAL")))
                .body(entry.formatted("/order") + "classification", equalTo("000.8.6.3"))
                .body(entry.formatted("/order") + "to", equalTo("Kasubbag TU"))
                .body(entry.formatted("/order") + "remarks", equalTo("Arsipkan"))
                .body(entry.formatted("/order") + "documentNumber", nullValue())
                .body(entry.formatted("/delegation/") + "classification", equalTo("000.8.6.3"))
                .body(entry.formatted("/delegation/") + "to",
                        equalTo("Officer " + Archive.ARSIPARIS_UPN + ", Arsiparis Ahli Pertama"))
                .body(entry.formatted("/filing") + "classification", equalTo("000.8.3.3"))
                .body(entry.formatted("/filing") + "documentNumber",
                        equalTo("000.8.3.3/" + filing.get("fileNumber") + "/1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karo", "kabag", "kasubbag", "arsiparis", "auditor", "unit"})
    void onlyServicesRegister(String role) {
        Map<String, Object> body = document(2037, "forbidden/" + UUID.randomUUID());
        given().auth().oauth2(Tokens.role(role)).contentType(ContentType.JSON).body(body).post(AGENDA).then()
                .statusCode(403);
        assertEquals(0, Db.count("SELECT count(*) FROM agenda_entry WHERE source_ref = ?", body.get("sourceRef")));
    }

    @Test
    void badRegistrationsAreRefusedAndTakeNoNumber() {
        int year = 2038;
        Map<String, Object> body = document(year, "bad/" + UUID.randomUUID());
        body.put("direction", "SIDEWAYS");
        expectViolation(body, "direction");
        body = document(year, "bad/" + UUID.randomUUID());
        body.remove("subject");
        expectViolation(body, "subject");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("attachments", -1);
        expectViolation(body, "attachments");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("date", "yesterday");
        expectViolation(body, "date");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("sourceRef", "x".repeat(201));
        expectViolation(body, "sourceRef");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("caseId", "not-a-uuid");
        expectViolation(body, "caseId");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("step", 11);
        expectViolation(body, "step");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("classification", "SOP documents");
        expectViolation(body, "classification");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("priority", "high");
        expectViolation(body, "priority");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("date", "+1000000000-12-31T23:59:59Z");
        asService().body(body).post(AGENDA).then().statusCode(400).contentType("application/problem+json");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("documentDate", "+999999999-12-31");
        asService().body(body).post(AGENDA).then().statusCode(400).contentType("application/problem+json");
        body = document(year, "bad/" + UUID.randomUUID());
        body.put("subject", "Nota\u0000Dinas");
        asService().body(body).post(AGENDA).then().statusCode(400).contentType("application/problem+json");
        asService().body("{\"sourceRef\":").post(AGENDA).then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        asService().body("null").post(AGENDA).then().statusCode(400);

        asService().body(document(year, "good/" + UUID.randomUUID())).post(AGENDA).then().statusCode(201)
                .body("number", equalTo(1));
    }

    /** Regression (attack suite): "" was read as an absent id, a number as a date, a chunked body past the cap. */
    @Test
    void emptyIdsNumericDatesAndOversizedChunkedBodiesAreRefusedAndTakeNoNumber() throws Exception {
        String ref = "strict/" + UUID.randomUUID();
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("eventId", "", "caseId", " ", "date", 1_700_000_000,
                "documentDate", "").entrySet()) {
            Map<String, Object> body = document(2040, ref);
            body.put(bad.getKey(), bad.getValue());
            expectViolation(body, bad.getKey());
        }
        Map<String, Object> body = document(2040, ref);
        body.put("remarks", "a\uD800b");
        asService().body(body).post(AGENDA).then().statusCode(400).contentType("application/problem+json");
        body = document(2040, ref);
        body.put("remarks", "x".repeat(3_300_000));
        var response = postChunked(AGENDA, Tokens.service(), json(body));
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"PAYLOAD_TOO_LARGE\""), response.body());
        assertEquals(0, Db.count("SELECT count(*) FROM agenda_entry WHERE source_ref = ?", ref));
    }


    /** Sends without Content-Length (chunked), which REST Assured does not do reliably. */
    private static java.net.http.HttpResponse<String> postChunked(String path, String token, byte[] body)
            throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void violationsAreExplainedInIndonesianOnRequest() {
        Map<String, Object> body = document(2039, "bad/" + UUID.randomUUID());
        body.remove("subject");
        asService().header("Accept-Language", "id").body(body).post(AGENDA).then().statusCode(400)
                .header("Content-Language", "id")
                .body("title", equalTo("Permintaan tidak valid"))
                .body("violations.find { it.field == 'subject' }.message",
                        equalTo("wajib diisi dan tidak boleh kosong"));
        asService().body(body).post(AGENDA).then().statusCode(400)
                .body("violations.find { it.field == 'subject' }.message", equalTo("must not be blank"));
    }

    private static void expectViolation(Map<String, Object> body, String field) {
        asService().body(body).post(AGENDA).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem(field));
    }
}
