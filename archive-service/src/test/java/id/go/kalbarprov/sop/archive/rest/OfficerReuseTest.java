package id.go.kalbarprov.sop.archive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kalbarprov.sop.archive.support.Archive;
import id.go.kalbarprov.sop.archive.support.FakeOfficerRegister;
import id.go.kalbarprov.sop.archive.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The register's answer about an officer is used again within {@code sop.archive.officers.reuse-for} (here 2 s)
 * without asking request-service; after it, the register is asked again and a change there (the officer left the
 * post) is applied. An officer the register does not know is never reused: it is asked each time.
 */
@QuarkusTest
@TestProfile(OfficerReuseTest.ReuseFor2s.class)
class OfficerReuseTest {

    private static final String REUSE_FOR_MILLIS = "2000";

    public static class ReuseFor2s implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.archive.officers.reuse-for", REUSE_FOR_MILLIS + "ms");
        }
    }

    private static ValidatableResponse delegate(String upn) {
        return given().auth().oauth2(Tokens.kasubbag()).contentType(ContentType.JSON).body(Map.of("upn", upn))
                .post("/api/v1/archive-orders/" + Archive.ordered() + "/delegation").then();
    }

    @Test
    void anAnswerIsUsedAgainWithinTheWindowAndAskedAgainAfterIt() throws Exception {
        FakeOfficerRegister.add("arsiparis.reused", "199102022016012002", "arsiparis", "2016-01-01", null);
        int before = FakeOfficerRegister.CALLS.get();
        delegate("arsiparis.reused").statusCode(200).body("archivistUpn", equalTo("arsiparis.reused"));
        delegate("arsiparis.reused").statusCode(200).body("archivistUpn", equalTo("arsiparis.reused"));
        assertEquals(before + 1, FakeOfficerRegister.CALLS.get(), "the second delegation reused the first answer");

        // The officer leaves the post in the register: once the window has passed, the delegation is refused.
        FakeOfficerRegister.add("arsiparis.reused", "199102022016012002", "arsiparis", "2016-01-01", "2020-12-31");
        Thread.sleep(Long.parseLong(REUSE_FOR_MILLIS) + 200);
        delegate("arsiparis.reused").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("upn"));
        assertEquals(before + 2, FakeOfficerRegister.CALLS.get(), "asked again after the window");
    }

    @Test
    void anOfficerTheRegisterDoesNotKnowIsAskedEachTime() {
        int before = FakeOfficerRegister.CALLS.get();
        delegate("nobody.known").statusCode(400);
        delegate("nobody.known").statusCode(400);
        assertEquals(before + 2, FakeOfficerRegister.CALLS.get());
    }
}
