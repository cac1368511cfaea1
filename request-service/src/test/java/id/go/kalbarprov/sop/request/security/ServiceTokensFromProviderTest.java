package id.go.kalbarprov.sop.request.security;

import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.platform.security.ServiceTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With an identity provider configured, service tokens come from it by client credentials (a stand-in Keycloak token
 * endpoint here) and are reused until shortly before they expire.
 */
@QuarkusTest
@TestProfile(ServiceTokensFromProviderTest.WithProvider.class)
class ServiceTokensFromProviderTest {

    static final int PORT = freePort();
    static final List<String> TOKEN_REQUESTS = new CopyOnWriteArrayList<>();
    static final List<String> ISSUED = new CopyOnWriteArrayList<>();
    static HttpServer provider;

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc-client.client-enabled", "true",
                    "quarkus.oidc-client.auth-server-url", "http://127.0.0.1:" + PORT + "/realms/sop",
                    "quarkus.oidc-client.client-id", "request-service",
                    "quarkus.oidc-client.credentials.secret", "s3cret");
        }
    }

    @Inject
    ServiceTokens tokens;

    @BeforeAll
    static void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        provider.createContext("/realms/sop/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            TOKEN_REQUESTS.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + form);
            String token = Jwt.issuer("https://sop.test/issuer").audience("sop-services")
                    .upn("service-account-request-service").claim("azp", "request-service")
                    .groups(Set.of(Roles.REQUEST_SERVICE)).expiresIn(300).sign();
            ISSUED.add(token);
            byte[] body = ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop(0);
    }

    @Test
    void theTokenComesFromTheProviderByClientCredentialsAndIsReused() {
        String first = tokens.bearer();
        String second = tokens.bearer();

        assertEquals(1, TOKEN_REQUESTS.size(), "one token request for two calls");
        assertEquals("Bearer " + ISSUED.get(0), first);
        assertEquals(first, second);
        String request = TOKEN_REQUESTS.get(0);
        String credentials = Base64.getEncoder().encodeToString("request-service:s3cret".getBytes(StandardCharsets.UTF_8));
        assertTrue(request.contains("grant_type=client_credentials"), request);
        assertTrue(request.startsWith("Basic " + credentials) || request.contains("client_secret=s3cret"), request);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
