package id.go.kalbarprov.sop.system.attack;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kalbarprov.sop.system.SystemUnderTest.Svc;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One operation of a service, as its live OpenAPI document describes it. */
record Operation(Svc service, String method, String path, JsonNode node, Schemas schemas) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Map<Svc, List<Operation>> LOADED = new EnumMap<>(Svc.class);

    /** Every operation of every service, read from {@code /q/openapi?format=json} on the running service's
     * management port. */
    static synchronized List<Operation> all(AttackWorld world) {
        List<Operation> all = new ArrayList<>();
        for (Svc svc : Svc.values()) {
            all.addAll(LOADED.computeIfAbsent(svc, s -> load(world, s)));
        }
        return all;
    }

    private static List<Operation> load(AttackWorld world, Svc svc) {
        Http.Answer answer = Http.call("GET", world.managementUrl(svc, "/q/openapi?format=json")).send();
        if (answer.status() != 200) {
            throw new AssertionError(svc.module + " serves no OpenAPI document: " + answer);
        }
        JsonNode doc = answer.json();
        Schemas schemas = new Schemas(doc);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(svc, op.getKey().toUpperCase(), path.getKey(), op.getValue(), schemas));
                }
            }
        }
        return operations;
    }

    String key() {
        return service.module + " " + method + " " + path;
    }

    /** The JSON schema of the body, resolved, or null when the operation takes none. */
    JsonNode bodySchema() {
        JsonNode body = node.path("requestBody").path("content").path("application/json").path("schema");
        return body.isMissingNode() ? null : schemas.resolve(body);
    }

    List<JsonNode> parameters(String in) {
        List<JsonNode> found = new ArrayList<>();
        node.path("parameters").forEach(p -> {
            if (in.equals(p.path("in").asText())) {
                found.add(p);
            }
        });
        return found;
    }

    /** The roles the document lists under its bearer requirement, or null when it lists none. */
    List<String> documentedRoles() {
        JsonNode bearer = node.path("security").path(0).path("bearer");
        if (!bearer.isArray() || bearer.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        bearer.forEach(r -> roles.add(r.asText()));
        return roles;
    }

    @Override
    public String toString() {
        return key();
    }
}
