package id.go.kalbarprov.sop.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.kalbarprov.sop.platform.rest.Sunset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * How an integrator meets an operation on its way out (deploy/integrators-guide.md, "Versions and breaking changes"):
 * its answers carry Deprecation, Sunset and the successor's Link, readable by a browser on another origin; other
 * operations carry none.
 */
@QuarkusTest
class SunsetTest {

    /** A test-only operation on its way out (hidden from the document). */
    @Path("/api/v1/sunset-probe")
    public static class LeavingResource {
        @GET
        @PermitAll
        @Deprecated
        @Sunset(value = "2027-06-30", deprecatedSince = "2026-12-01", successor = "/api/v1/cases")
        @Produces(MediaType.TEXT_PLAIN)
        @Operation(hidden = true)
        public String leaving() {
            return "still here";
        }
    }

    @Test
    void aDeprecatedOperationsAnswerAnnouncesItsEnd() {
        given().header("Origin", "http://localhost:5173").get("/api/v1/sunset-probe").then().statusCode(200)
                .header("Deprecation", equalTo("@1796083200"))
                .header("Sunset", equalTo("Wed, 30 Jun 2027 00:00:00 GMT"))
                .header("Link", equalTo("</api/v1/cases>; rel=\"successor-version\""))
                .header("Access-Control-Expose-Headers", containsString("Sunset"))
                .header("Access-Control-Expose-Headers", containsString("Deprecation"));
    }

    @Test
    void anOperationThatStaysAnnouncesNothing() {
        given().get("/api/v1/units").then().header("Sunset", nullValue()).header("Deprecation", nullValue());
    }
}
