package id.go.kalbarprov.sop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Keycloak realm export gives every role the services check, a sample user per officer role, each service its own
 * client whose service account alone holds that service's role, and the claims.
 */
class KeycloakRealmTest {

    @Test
    void realmHasTheServicesRolesAUserPerRoleAndTheClaimsTheyRead() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Repo.K8S.resolve("keycloak/sop-realm.json").toFile());
        Set<String> codeRoles = new TreeSet<>();
        Matcher m = Pattern.compile("String [A-Z_]+ = \"([a-z-]+)\"")
                .matcher(Files.readString(Repo.ROOT.resolve("platform/src/main/java/id/go/kalbarprov/sop/platform/security/Roles.java")));
        while (m.find()) {
            codeRoles.add(m.group(1));
        }
        Set<String> realmRoles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> realmRoles.add(r.path("name").asText()));
        assertEquals(codeRoles, realmRoles, "realm roles are the roles in the code");

        Set<String> withUser = new TreeSet<>();
        realm.path("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                u.path("realmRoles").forEach(r -> withUser.add(r.asText()));
                assertTrue(u.path("attributes").path("nip").path(0).asText().matches("[0-9]{18}"), u + " has an 18-digit nip");
            }
        });
        List<String> services = List.of("request-service", "review-service", "archive-service");
        Set<String> officerRoles = new TreeSet<>(codeRoles);
        officerRoles.removeAll(services); // each held by its own service's account only, below
        assertEquals(officerRoles, withUser, "a sample user per officer role, and no person holds a service's role");

        for (String service : services) {
            JsonNode client = find(realm.path("clients"), "clientId", service);
            assertTrue(client != null && client.path("serviceAccountsEnabled").asBoolean()
                    && !client.path("publicClient").asBoolean(), service + " is a confidential client-credentials client");
            JsonNode account = find(realm.path("users"), "serviceAccountClientId", service);
            assertEquals("[\"" + service + "\"]", account == null ? null : account.path("realmRoles").toString(),
                    service + "'s service account holds its own role (named as the client, which the receivers "
                            + "check against azp) and no other");
        }

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

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        return null;
    }
}
