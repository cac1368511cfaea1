package id.go.kalbarprov.sop.request.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.platform.security.ServiceTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Without an identity provider this service signs its own tokens, as itself: its own role, not a shared one. */
@QuarkusTest
class ServiceTokensTest {

    @Inject
    ServiceTokens tokens;

    @Test
    void aSelfSignedTokenCarriesThisServicesOwnRoleAndNameOnly() throws Exception {
        String jwt = tokens.bearer().substring("Bearer ".length());
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        assertEquals("request-service", claims.path("sub").asText());
        assertEquals("[\"request-service\"]", claims.path("groups").toString());
    }
}
