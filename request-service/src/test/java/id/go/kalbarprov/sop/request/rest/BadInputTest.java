package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.request.support.Cases;
import id.go.kalbarprov.sop.request.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a caller sends: a clear 4xx problem+json, never a 5xx, and nothing changes. */
@QuarkusTest
class BadInputTest {

    @Inject
    EntityManager em;

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Cases.openCaseBody());
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    static Stream<Arguments> badCaseBodies() {
        return Stream.of(
                Arguments.of("missing title", with("title", null), "title"),
                Arguments.of("blank title", with("title", "   "), "title"),
                Arguments.of("oversized title", with("title", "x".repeat(201)), "title"),
                Arguments.of("year as text", with("year", "2026"), "year"),
                Arguments.of("year as fraction", with("year", 2026.5), "year"),
                Arguments.of("year out of range", with("year", 99999), "year"),
                Arguments.of("negative year", with("year", -1), "year"),
                Arguments.of("unknown period", with("period", "Q5"), "period"),
                Arguments.of("period as number", with("period", 1), "period"),
                Arguments.of("no target units", with("targetUnits", List.of()), "targetUnits"),
                Arguments.of("target units not a list", with("targetUnits", "DINKES"), "targetUnits"),
                Arguments.of("unit code with script", with("targetUnits", List.of("<script>alert(1)</script>")),
                        "targetUnits[0]"),
                Arguments.of("due date not a date", with("dueDate", "31/12/2026"), "dueDate"),
                Arguments.of("due date in the past", with("dueDate", "2020-01-01"), "dueDate"),
                Arguments.of("unknown urgency", with("urgency", "KILAT"), "urgency"),
                Arguments.of("unknown field", with("admin", true), "admin"),
                Arguments.of("nested garbage", with("letter", Map.of("receivedAt", "yesterday")), "letter.receivedAt"),
                Arguments.of("letter received in the future",
                        with("letter", Map.of("receivedAt", "2999-01-01T00:00:00Z")), "letter.receivedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCaseBodies")
    void invalidCaseBodiesAreRefusedFieldByField(String name, Map<String, Object> body, String field) {
        long before = count("correction_case");
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body).post("/api/v1/cases").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem(field));
        assertEquals(before, count("correction_case"));
    }

    static Stream<String> malformedJson() {
        return Stream.of("{", "{\"title\": }", "[]", "null", "\"text\"", "{\"title\":\"a\"} trailing", "{'a':1}",
                "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}", "\u0000\u0001");
    }

    @ParameterizedTest
    @MethodSource("malformedJson")
    void malformedJsonIsABadRequest(String body) {
        long before = count("correction_case");
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body).post("/api/v1/cases").then()
                .statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception"))).body(not(containsString("jackson")));
        assertEquals(before, count("correction_case"));
    }

    @Test
    void valuesTheDatabaseCannotHoldAreBadInputNotErrors() {
        long before = count("correction_case");
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(with("title", "Koreksi \u0000 NUL"))
                .post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(with("dueDate", "+200000-01-01"))
                .post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON)
                .body(with("letter", Map.of("receivedAt", "-999999999-01-01T00:00:00Z")))
                .post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, count("correction_case"));
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() {
        Map<String, Object> body = with("reason", "x".repeat(4_000_000));
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(body).post("/api/v1/cases").then()
                .statusCode(413).contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    /** Regression (attack suite): without Content-Length (chunked) the cap was not applied at all. */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
        byte[] body = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsBytes(with("reason", "x".repeat(3_200_000)));
        long before = count("correction_case");
        var response = postChunked("/api/v1/cases", Tokens.karo(), body);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(true, response.body().contains("\"PAYLOAD_TOO_LARGE\""), response.body());
        assertEquals(before, count("correction_case"));
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

    /** Regression (attack suite): an unpaired surrogate was accepted and stored as '?'; "" was read as absent. */
    @Test
    void brokenUnicodeAndEmptyValuesAreRefusedNotStoredAltered() {
        long before = count("correction_case");
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(with("title", "Koreksi a\uD800b"))
                .post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("title"));
        given().auth().oauth2(Tokens.karo()).contentType(ContentType.JSON).body(with("dueDate", ""))
                .post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, count("correction_case"));
    }

    @Test
    void anotherContentTypeIsUnsupported() {
        given().auth().oauth2(Tokens.karo()).contentType("text/plain").body("title=x").post("/api/v1/cases").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anInvalidIdInThePathIsNotFound() {
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases/%27%20OR%201=1--").then().statusCode(404);
    }

    @Test
    void invalidQueryParametersAreBadRequests() {
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases?size=100000").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases?page=-1").then().statusCode(400);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/cases?unit=' OR 1=1").then().statusCode(400);
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reports/service-level?from=yesterday").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.karo()).get("/api/v1/reports/service-level?from=2026-02-01&to=2026-01-01")
                .then().statusCode(400);
    }

    @Test
    void badRowsAreRefusedAndNoRowIsStored() {
        String id = Cases.open();
        Cases.issueMemo(id);
        long rows = count("indicator_row");
        Map<String, Object> badNumber = new HashMap<>(Cases.row("IKU-1", 100, 80, 90));
        badNumber.put("actualCorrected", "delapan puluh");
        Map<String, Object> tooPrecise = new HashMap<>(Cases.row("IKU-1", 100, 80, 90));
        tooPrecise.put("target", "1" + "0".repeat(30));
        Map<String, Object> badDirection = new HashMap<>(Cases.row("IKU-1", 100, 80, 90));
        badDirection.put("direction", "SIDEWAYS");
        for (Map<String, Object> bad : List.of(badNumber, tooPrecise, badDirection)) {
            given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                    .body(Map.of("rows", List.of(Cases.row("IKU-0", 1, 1, 1), bad)))
                    .post("/api/v1/cases/" + id + "/submissions").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", containsString("rows[1]"));
        }
        given().auth().oauth2(Tokens.unit(Cases.UNIT_A)).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of())).post("/api/v1/cases/" + id + "/submissions").then().statusCode(400);
        assertEquals(rows, count("indicator_row"));
    }

    @Test
    void anInvalidNipIsRefused() {
        String id = Cases.open();
        Cases.issueMemo(id);
        Cases.submit(id, Cases.UNIT_A, List.of(Cases.row("IKU-1", 1, 1, 1)));
        Cases.forward(id);
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("nip", "199013032015031003"))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(400)
                .body("violations[0].field", equalTo("nip"));
        given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(400);
        given().auth().oauth2(Tokens.kabag()).get("/api/v1/cases/" + id).then().body("state", equalTo("FORWARDED"));
    }

    @Test
    void problemsSpeakIndonesianWhenAsked() {
        given().auth().oauth2(Tokens.karo()).header("Accept-Language", "id-ID,id;q=0.9").contentType(ContentType.JSON)
                .body(with("title", null)).post("/api/v1/cases").then().statusCode(400)
                .header("Content-Language", "id").body("title", equalTo("Permintaan tidak valid"));
    }
}
