package id.go.kalbarprov.sop.platform.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a browser front-end on another origin needs from every service (the shared CORS configuration of the platform
 * jar), checked over HTTP as a browser sends it. A service's test is a {@code @QuarkusTest} subclass naming an
 * endpoint it may GET.
 */
public abstract class BrowserAccessContract {

    /** The two origins the test profile allows. */
    static final String FRONT_END = "http://localhost:5173";
    static final String SECOND_FRONT_END = "https://sop.kalbarprov.go.id";
    static final String STRANGER = "https://evil.example.org";

    /** Headers a front-end script must be able to read. */
    static final List<String> EXPOSED = List.of("etag", "location", "idempotent-replayed", "retry-after",
            "content-disposition");

    /** A GET endpoint. */
    protected abstract String readPath();

    /** A token allowed to GET {@link #readPath()}. */
    protected abstract String readToken();

    private static Response preflight(String origin, String method, String headers) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .options("/api/v1/anything");
    }

    private static List<String> listed(Response response, String header) {
        String value = response.getHeader(header);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void anAnswerToTheFrontEndExposesTheHeadersItsScriptsRead() {
        Response response = given().auth().oauth2(readToken()).header("Origin", FRONT_END).get(readPath());
        assertEquals(200, response.statusCode());
        assertEquals(FRONT_END, response.getHeader("Access-Control-Allow-Origin"));
        assertTrue(listed(response, "Access-Control-Expose-Headers").containsAll(EXPOSED),
                "exposed: " + response.getHeader("Access-Control-Expose-Headers"));
        assertNotEquals("true", response.getHeader("Access-Control-Allow-Credentials"),
                "bearer tokens, no cookies: no credentials flag");
    }

    @Test
    void aPreflightForARevisionWithIfMatchAndAnIdempotencyKeyIsAllowedAndCached() {
        for (String origin : List.of(FRONT_END, SECOND_FRONT_END)) {
            Response response = preflight(origin, "PUT", "authorization,content-type,if-match,idempotency-key");
            assertEquals(200, response.statusCode(), origin);
            assertEquals(origin, response.getHeader("Access-Control-Allow-Origin"));
            assertTrue(listed(response, "Access-Control-Allow-Methods").contains("put"));
            assertTrue(listed(response, "Access-Control-Allow-Headers")
                    .containsAll(List.of("authorization", "content-type", "if-match", "idempotency-key")));
            assertEquals("600", response.getHeader("Access-Control-Max-Age"));
            assertNotEquals("true", response.getHeader("Access-Control-Allow-Credentials"));
        }
    }

    @Test
    void anotherOriginIsRefused() {
        Response response = preflight(STRANGER, "POST", "authorization,content-type");
        assertNotEquals(FRONT_END, response.getHeader("Access-Control-Allow-Origin"));
        assertNull(response.getHeader("Access-Control-Allow-Origin"));
        assertEquals(403, response.statusCode());
        Response read = given().auth().oauth2(readToken()).header("Origin", STRANGER).get(readPath());
        assertNull(read.getHeader("Access-Control-Allow-Origin"));
    }
}
