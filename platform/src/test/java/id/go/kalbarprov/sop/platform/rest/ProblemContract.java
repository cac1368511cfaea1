package id.go.kalbarprov.sop.platform.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How every service answers bad input, checked over HTTP: the same problem+json in every service, as
 * {@link ProblemMappers} answers it. A service's test is a {@code @QuarkusTest} subclass naming a JSON-body endpoint, a
 * list endpoint with an enum and a bounded {@code size} query parameter, an item path with a UUID id, and tokens
 * allowed to call them.
 */
public abstract class ProblemContract {

    /** A POST endpoint taking a JSON object with at least one required (@NotNull/@NotBlank) field. */
    protected abstract String bodyPath();

    /** A token allowed to POST to {@link #bodyPath()}. */
    protected abstract String bodyToken();

    /** A GET endpoint with an enum query parameter and {@code size} (@Max(100)). */
    protected abstract String listPath();

    /** The enum query parameter of {@link #listPath()}. */
    protected abstract String enumParameter();

    /** A GET path of one resource, {@code %s} standing for its UUID. */
    protected abstract String itemPath();

    /** A token allowed to GET {@link #listPath()} and {@link #itemPath()}. */
    protected abstract String readToken();

    private static Response noServerError(Response response) {
        assertTrue(response.statusCode() < 500,
                () -> "answered " + response.statusCode() + ": " + response.asString());
        return response;
    }

    private static void isProblem(Response response, int status, String code) {
        noServerError(response);
        assertEquals(status, response.statusCode(), response::asString);
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(code, response.jsonPath().getString("code"), response::asString);
    }

    private static List<String> fields(Response response) {
        return response.jsonPath().getList("violations.field", String.class);
    }

    private RequestSpecification post() {
        return given().auth().oauth2(bodyToken()).contentType(ContentType.JSON);
    }

    private RequestSpecification read() {
        return given().auth().oauth2(readToken());
    }

    @Test
    public void anEnumQueryParameterThatDoesNotConvertIsNamed() {
        Response r = read().queryParam(enumParameter(), "LOST").get(listPath());
        isProblem(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of(enumParameter()), fields(r), r::asString);
    }

    @Test
    public void aQueryParameterOutOfItsBoundsIsNamed() {
        Response r = read().queryParam("size", 100000).get(listPath());
        isProblem(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("size"), fields(r), r::asString);
        assertFalse(fields(r).contains("$"), r::asString);
    }

    @Test
    public void aQueryParameterThatIsNoIntegerIsNamed() {
        Response r = read().queryParam("size", "ten").get(listPath());
        isProblem(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("size"), fields(r), r::asString);
    }

    @Test
    public void malformedJsonIsMalformedJson() {
        for (String body : List.of("{\"a\":", "not json", "{\"a\" 1}", "[")) {
            Response r = post().body(body).post(bodyPath());
            isProblem(r, 400, "MALFORMED_JSON");
        }
    }

    @Test
    public void anUnknownFieldIsNamed() {
        Response r = post().body("{\"surelyNoSuchField\":1}").post(bodyPath());
        isProblem(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("surelyNoSuchField"), fields(r), r::asString);
    }

    @Test
    public void aMissingRequiredFieldIsExplainedInIndonesian() {
        Response r = post().header("Accept-Language", "id").body("{}").post(bodyPath());
        isProblem(r, 400, "VALIDATION_FAILED");
        assertEquals("id", r.header("Content-Language"), r::asString);
        List<String> messages = r.jsonPath().getList("violations.message", String.class);
        assertFalse(messages.isEmpty(), r::asString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("wajib diisi")), r::asString);
        assertTrue(messages.stream().noneMatch(m -> m.contains("must not")), r::asString);
        assertFalse(fields(r).contains("$"), r::asString);
    }

    @Test
    public void theSameViolationInEnglishByDefault() {
        Response r = post().body("{}").post(bodyPath());
        isProblem(r, 400, "VALIDATION_FAILED");
        assertTrue(r.jsonPath().getList("violations.message", String.class).stream()
                .noneMatch(m -> m.startsWith("wajib diisi")), r::asString);
    }

    @Test
    public void anIdThatIsNoUuidNamesNoResource() {
        for (String id : List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g")) {
            Response r = read().get(itemPath().formatted(id));
            isProblem(r, 404, "NOT_FOUND");
        }
    }

    @Test
    public void noneOfTheseIsAServerError() {
        for (String body : List.of("", "null", "[]", "\"text\"", "1", "{\"a\":", "{}", "{\"x\":{\"y\":[1,2,")) {
            noServerError(post().body(body).post(bodyPath()));
        }
        for (List<String> query : List.of(List.of(enumParameter(), ""), List.of("size", "-1"),
                List.of("page", "99999999999"), List.of("size", "1e3"), List.of(enumParameter(), "\u0000"))) {
            noServerError(read().queryParam(query.get(0), query.get(1)).get(listPath()));
        }
        noServerError(read().get(itemPath().formatted("%00")));
        noServerError(given().contentType(ContentType.JSON).body("{}").post(bodyPath()));
    }
}
