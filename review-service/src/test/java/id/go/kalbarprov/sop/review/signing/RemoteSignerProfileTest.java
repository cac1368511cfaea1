package id.go.kalbarprov.sop.review.signing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code sop.review.signer=remote} puts the BSrE-style signer behind the {@link Signer} interface. */
@QuarkusTest
@TestProfile(RemoteSignerProfileTest.Remote.class)
class RemoteSignerProfileTest {

    public static class Remote implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sop.review.signer", "remote");
        }
    }

    @Inject
    Signer signer;

    @Test
    void theRemoteSignerIsSelected() {
        assertInstanceOf(RemoteSigner.class, ClientProxy.unwrap(signer));
    }

    @Test
    void aRemoteSignerPublishesNoLocalKey() {
        given().get("/api/v1/seals/public-key").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
