package id.go.kalbarprov.sop.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an operation of an OpenAPI document lacks: an operationId (unique in the document), a summary, a tag. */
final class OperationNames {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private OperationNames() {
    }

    static List<String> problems(JsonNode document) {
        List<String> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode operation = op.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                out.add(name + ": no operationId");
            } else if (!id.matches("[a-z][A-Za-z0-9]*")) {
                out.add(name + ": operationId " + id + " is not lowerCamelCase");
            } else if (ids.putIfAbsent(id, name) != null) {
                out.add(name + ": operationId " + id + " is also " + ids.get(id));
            }
            if (operation.path("summary").asText("").isBlank()) {
                out.add(name + ": no summary");
            }
            if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
                out.add(name + ": no tag");
            }
        }));
        return out;
    }
}
