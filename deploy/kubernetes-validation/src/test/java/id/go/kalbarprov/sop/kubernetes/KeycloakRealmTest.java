package id.go.kalbarprov.sop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two realm exports. The production realm (keycloak/sop-realm.json) gives every role the services check, each service
 * its own client whose service account alone holds that service's role, and the claims, and has no person in it (no
 * demo officer with a known password) and no local address (no redirect to a developer's machine). The dev realm
 * (overlays/dev/keycloak/sop-realm-dev.json, local runs only) is the same realm plus a demo user per officer role and
 * the local front-end's redirects.
 */
class KeycloakRealmTest {

    static final Path PROD = Repo.K8S.resolve("keycloak/sop-realm.json");
    static final Path DEV = Repo.K8S.resolve("overlays/dev/keycloak/sop-realm-dev.json");
    static final List<String> SERVICES = List.of("request-service", "review-service", "archive-service");
    /** Roles the realm must define besides those already in Roles.java: the outbox recovery API's operator. */
    static final Set<String> REQUIRED = Set.of("operator");

    @Test
    void productionRealmHasTheServicesRolesClientsAndClaims() throws Exception {
        JsonNode realm = read(PROD);
        Set<String> realmRoles = realmRoles(realm);
        assertTrue(realmRoles.containsAll(codeRoles()), "every role the services check is a realm role: " + realmRoles);
        assertTrue(realmRoles.containsAll(REQUIRED), "the realm defines " + REQUIRED);
        serviceClients(realm);
        claims(realm);
    }

    @Test
    void productionRealmHasNoPeopleAndNoLocalAddresses() throws Exception {
        JsonNode realm = read(PROD);
        for (JsonNode u : realm.path("users")) {
            assertTrue(u.has("serviceAccountClientId"), "the production realm has no user but the clients' service accounts: "
                    + u.path("username").asText());
            assertFalse(u.has("credentials"), u.path("username").asText() + " has no credentials");
        }
        String text = Files.readString(PROD);
        for (String local : List.of("localhost", "127.0.0.1", "http://")) {
            assertFalse(text.contains(local), "the production realm names no " + local);
        }
    }

    @Test
    void devRealmIsTheProductionRealmPlusADemoUserPerOfficerRole() throws Exception {
        JsonNode prod = read(PROD);
        JsonNode dev = read(DEV);
        assertEquals(prod.path("realm").asText(), dev.path("realm").asText(), "same realm name (same issuer path)");
        assertEquals(realmRoles(prod), realmRoles(dev), "same roles");
        assertEquals(prod.path("clientScopes"), dev.path("clientScopes"), "same claims");
        assertEquals(ids(prod.path("clients"), "clientId"), ids(dev.path("clients"), "clientId"), "same clients");
        serviceClients(dev);

        Set<String> withUser = new TreeSet<>();
        dev.path("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                u.path("realmRoles").forEach(r -> withUser.add(r.asText()));
                assertTrue(u.path("attributes").path("nip").path(0).asText().matches("[0-9]{18}"), u + " has an 18-digit nip");
            }
        });
        Set<String> officerRoles = new TreeSet<>(realmRoles(dev));
        officerRoles.removeAll(SERVICES); // each held by its own service's account only
        assertEquals(officerRoles, withUser, "a demo user per officer role, and no person holds a service's role");
        assertTrue(find(dev.path("clients"), "clientId", "sop-frontend").path("redirectUris").toString()
                .contains("http://localhost:5173/"), "the dev front-end's redirect");
    }

    @Test
    void onlyTheDevOverlayAndLocalRunsNameTheDevRealm() throws IOException {
        String prodOverlay = Files.readString(Repo.K8S.resolve("overlays/prod/kustomization.yaml"));
        assertFalse(prodOverlay.contains("sop-realm-dev"), "the prod overlay does not use the dev realm");
        assertTrue(Files.readString(Repo.K8S.resolve("README.md")).contains("overlays/dev/keycloak/sop-realm-dev.json"),
                "the README names the dev realm");
    }

    static JsonNode read(Path p) throws IOException {
        return new ObjectMapper().readTree(p.toFile());
    }

    static Set<String> codeRoles() throws IOException {
        Set<String> codeRoles = new TreeSet<>();
        Matcher m = Pattern.compile("String [A-Z_]+ = \"([a-z-]+)\"")
                .matcher(Files.readString(Repo.ROOT.resolve("platform/src/main/java/id/go/kalbarprov/sop/platform/security/Roles.java")));
        while (m.find()) {
            codeRoles.add(m.group(1));
        }
        assertTrue(codeRoles.containsAll(SERVICES), "Roles.java read: " + codeRoles);
        return codeRoles;
    }

    static Set<String> realmRoles(JsonNode realm) {
        Set<String> realmRoles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> realmRoles.add(r.path("name").asText()));
        return realmRoles;
    }

    static void serviceClients(JsonNode realm) {
        for (String service : SERVICES) {
            JsonNode client = find(realm.path("clients"), "clientId", service);
            assertTrue(client != null && client.path("serviceAccountsEnabled").asBoolean()
                    && !client.path("publicClient").asBoolean(), service + " is a confidential client-credentials client");
            JsonNode account = find(realm.path("users"), "serviceAccountClientId", service);
            assertEquals("[\"" + service + "\"]", account == null ? null : account.path("realmRoles").toString(),
                    service + "'s service account holds its own role (named as the client, which the receivers "
                            + "check against azp) and no other");
        }
    }

    static void claims(JsonNode realm) throws IOException {
        Set<String> claims = new TreeSet<>();
        String audience = null;
        for (JsonNode scope : realm.path("clientScopes")) {
            for (JsonNode mapper : scope.path("protocolMappers")) {
                if (mapper.path("config").has("claim.name")) {
                    claims.add(mapper.path("config").path("claim.name").asText());
                }
                if (mapper.path("config").has("included.custom.audience")) {
                    audience = mapper.path("config").path("included.custom.audience").asText();
                }
            }
        }
        assertTrue(claims.containsAll(Set.of("groups", "upn", "nip", "unit", "acting")), "claims mapped: " + claims);
        assertTrue(Files.readString(Repo.K8S.resolve("base/common/config.yaml")).contains("JWT_AUDIENCE: " + audience),
                "the services expect the audience the realm puts in tokens (" + audience + ")");
    }

    static Set<String> ids(JsonNode array, String field) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        return null;
    }
}
