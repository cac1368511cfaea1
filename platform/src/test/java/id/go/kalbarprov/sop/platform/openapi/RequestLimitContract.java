package id.go.kalbarprov.sop.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.kalbarprov.sop.platform.testing.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The limits the committed OpenAPI document states for request bodies are the limits the code enforces. For every
 * documented limit of a request field (maxLength, minLength, maximum, minimum, maxItems, minItems) of every JSON
 * operation, the test sends the limit in an otherwise valid request and expects the field not to be what is refused
 * (a 2xx, or an answer that does not name the field: the resource may not exist), then the limit + 1 (or − 1 for a
 * minimum) and expects a 400 problem naming the field. The count of limits visited must equal the count in the
 * document, so a new limit the engine cannot reach fails the test.
 *
 * <p>A service's test is a {@code @QuarkusTest} subclass that names the service and gives the values the schema
 * alone cannot make valid ({@link #knownValues()}): a NIP with real dates, a field checked against another. A known
 * value exactly as long as a length limit is also what the test sends at that limit (a registered officer's login
 * of the longest length, say), since a generated text of that length would be refused for what it says.
 */
public abstract class RequestLimitContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KINDS = List.of("maxLength", "minLength", "maximum", "minimum", "maxItems",
            "minItems");

    private final String service;
    private JsonNode schemas;

    protected RequestLimitContract(String service) {
        this.service = service;
    }

    /** Values by property name for fields whose validity the schema does not say (a NIP's dates, say). */
    protected Map<String, JsonNode> knownValues() {
        return Map.of();
    }

    /** One documented limit: where the field is in the body, which limit, its value. */
    record Limit(String operation, List<String> path, String kind, BigDecimal value) {
        String field() {
            return String.join(".", path).replace(".[]", "[]");
        }
    }

    @Test
    public void everyDocumentedRequestLimitIsEnforced() throws IOException {
        JsonNode document = YAML.readTree(Files.readString(OpenApiContract.DIRECTORY.resolve(service + ".yaml"),
                StandardCharsets.UTF_8));
        schemas = document.path("components").path("schemas");
        int documented = 0;
        int visited = 0;
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (body.isMissingNode()) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                List<Limit> limits = new ArrayList<>();
                collect(name, body, new ArrayList<>(), limits, 0);
                documented += limits.size();
                for (Limit limit : limits) {
                    visited++;
                    check(path.getKey(), op.getKey(), op.getValue(), body, limit, failures);
                }
            }
        }
        assertTrue(documented > 0, service + ": no request limits in the document");
        assertEquals(documented, visited, service + ": documented request limits not visited");
        assertTrue(failures.isEmpty(), service + ": limits the document states and the code does not enforce ("
                + failures.size() + " of " + documented + "):\n  " + String.join("\n  ", failures));
    }

    private void check(String path, String method, JsonNode operation, JsonNode body, Limit limit,
                       List<String> failures) {
        boolean minimum = limit.kind().startsWith("min");
        JsonNode atLimit = valueAt(body, limit, 0);
        JsonNode beyond = valueAt(body, limit, minimum ? -1 : 1);
        Response accepted = send(path, method, operation, with(body, limit.path(), atLimit));
        if (accepted.statusCode() >= 500 || names(accepted, limit)) {
            failures.add(limit.operation() + " " + limit.field() + " " + limit.kind() + "=" + limit.value()
                    + ": the limit itself is refused (" + accepted.statusCode() + " " + accepted.asString() + ")");
        }
        Response refused = send(path, method, operation, with(body, limit.path(), beyond));
        if (refused.statusCode() != 400 || !names(refused, limit)) {
            failures.add(limit.operation() + " " + limit.field() + " " + limit.kind() + "=" + limit.value()
                    + ": beyond the limit gives " + refused.statusCode() + " " + refused.asString());
        }
    }

    /** Whether a problem's violations name the field (its last property name, or the whole path). */
    private static boolean names(Response response, Limit limit) {
        if (response.statusCode() != 400) {
            return false;
        }
        String last = limit.path().stream().filter(p -> !p.equals("[]")).reduce((a, b) -> b).orElse("");
        try {
            for (JsonNode violation : JSON.readTree(response.asString()).path("violations")) {
                if (violation.path("field").asText().contains(last)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private Response send(String path, String method, JsonNode operation, JsonNode body) {
        String role = operation.path("security").path(0).path("bearer").path(0).asText("admin");
        RequestSpecification request = given().auth().oauth2(TestTokens.role(role)).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body.toString());
        String uri = path;
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String value = example(parameter.path("schema"));
            if (in.equals("path")) {
                uri = uri.replace("{" + name + "}", value);
            } else if (in.equals("header") && name.equalsIgnoreCase("If-Match")) {
                request.header(name, "\"1\"");
            } else if (in.equals("query") && parameter.path("required").asBoolean()) {
                request.queryParam(name, value);
            }
        }
        return request.request(method.toUpperCase(), uri);
    }

    private String example(JsonNode schema) {
        JsonNode value = valid(schema);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1 && !schema.has("properties")) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private void collect(String operation, JsonNode schema, List<String> path, List<Limit> out, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 8) {
            return;
        }
        for (String kind : KINDS) {
            if (s.has(kind)) {
                out.add(new Limit(operation, List.copyOf(path), kind, s.get(kind).decimalValue()));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> property = p.next();
            List<String> next = new ArrayList<>(path);
            next.add(property.getKey());
            collect(operation, property.getValue(), next, out, depth + 1);
        }
        if (s.has("items")) {
            List<String> next = new ArrayList<>(path);
            next.add("[]");
            collect(operation, s.get("items"), next, out, depth + 1);
        }
    }

    /** A valid body with the value at {@code path} set (in the first item of an array on the way). */
    private JsonNode with(JsonNode bodySchema, List<String> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode root = valid(bodySchema);
        JsonNode node = root;
        JsonNode schema = bodySchema;
        for (int i = 0; i < path.size() - 1; i++) {
            String step = path.get(i);
            JsonNode s = resolve(schema);
            schema = step.equals("[]") ? s.path("items") : s.path("properties").path(step);
            JsonNode child = step.equals("[]") ? node.get(0) : node.get(step);
            if (child == null || child.isNull()) {
                child = valid(schema);
                if (step.equals("[]")) {
                    ((ArrayNode) node).add(child);
                } else {
                    ((ObjectNode) node).set(step, child);
                }
            }
            node = child;
        }
        String last = path.get(path.size() - 1);
        if (last.equals("[]")) {
            if (node.isEmpty()) {
                ((ArrayNode) node).add(value);
            } else {
                ((ArrayNode) node).set(0, value);
            }
        } else {
            ((ObjectNode) node).set(last, value);
        }
        return root;
    }

    /** The value of the limit's field at the limit moved by {@code by} (0: at it). */
    private JsonNode valueAt(JsonNode bodySchema, Limit limit, int by) {
        JsonNode field = bodySchema;
        for (String step : limit.path()) {
            JsonNode s = resolve(field);
            field = step.equals("[]") ? s.path("items") : s.path("properties").path(step);
        }
        JsonNode s = resolve(field);
        BigDecimal target = limit.value().add(BigDecimal.valueOf(by));
        switch (limit.kind()) {
            case "maxLength", "minLength" -> {
                String name = limit.path().get(limit.path().size() - 1);
                JsonNode known = knownValues().get(name);
                if (by == 0 && known != null && known.isTextual()
                        && known.asText().codePointCount(0, known.asText().length()) == target.intValue()) {
                    return known.deepCopy();
                }
                return NODES.textNode(text(name, s, target.intValue()));
            }
            case "maxItems", "minItems" -> {
                ArrayNode items = NODES.arrayNode();
                for (int i = 0; i < target.intValue(); i++) {
                    items.add(distinct(s.path("items"), valid(s.path("items")), i));
                }
                return items;
            }
            default -> {
                return s.path("type").asText().equals("integer") ? NODES.numberNode(target.toBigInteger())
                        : NODES.numberNode(target);
            }
        }
    }

    /** Formatted values at their longest (the length the document states for the format). */
    private static final Map<String, String> LONGEST = Map.of(
            "indonesian-decimal", "-1.234.567.890.123.456,1234",
            "date-time", "2026-12-31T23:59:59.123456789+07:00",
            "date", "2026-12-31",
            "local-time", "23:59:59.123456789");

    /** What a field of that name must start with to be valid whatever its length. */
    private static final Map<String, String> PREFIXES = Map.of("url", "https://hooks.example.org/");

    /** A valid text of {@code length} for the field (one character more or less: refused by its length). */
    private static String text(String field, JsonNode schema, int length) {
        String format = schema.path("format").asText("");
        String longest = format.equals("uuid") ? UUID.randomUUID().toString() : LONGEST.get(format);
        if (longest != null) {
            return length <= longest.length() ? longest.substring(0, length) : longest + "9".repeat(length
                    - longest.length());
        }
        String prefix = PREFIXES.getOrDefault(field, "");
        if (!prefix.isEmpty()) {
            return prefix + "a".repeat(Math.max(0, length - prefix.length()));
        }
        return RegexExamples.of(schema.path("pattern").asText(null), length);
    }

    /** The n-th of distinct items (a set refuses copies, case-insensitive keys too; an object's texts differ). */
    private JsonNode distinct(JsonNode schema, JsonNode item, int n) {
        JsonNode s = resolve(schema);
        if (s.path("format").asText("").equals("uuid")) {
            return NODES.textNode(UUID.randomUUID().toString());
        }
        if (item.isObject()) {
            ObjectNode copy = NODES.objectNode();
            item.fields().forEachRemaining(f -> copy.set(f.getKey(),
                    distinct(s.path("properties").path(f.getKey()), f.getValue(), n)));
            return copy;
        }
        if (s.has("enum") || s.has("format")) {
            return item;
        }
        if (item.isTextual() && n > 0) {
            String text = item.asText();
            String suffix = Integer.toString(n);
            return NODES.textNode(text.length() > suffix.length()
                    ? text.substring(0, text.length() - suffix.length()) + suffix : text);
        }
        return item;
    }

    /** A valid instance of the schema: its required properties with valid values. */
    JsonNode valid(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("example") && !s.has("properties")) {
            return s.get("example").deepCopy();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).deepCopy();
        }
        String type = s.path("type").isArray() ? s.path("type").path(0).asText() : s.path("type").asText("object");
        switch (type) {
            case "string" -> {
                String format = s.path("format").asText("");
                return NODES.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2026-06-15";
                    case "date-time" -> "2026-06-15T10:00:00+07:00";
                    case "local-time" -> "10:00";
                    case "indonesian-decimal" -> "1";
                    default -> RegexExamples.of(s.path("pattern").asText(null),
                            Math.max(1, Math.min(s.path("maxLength").asInt(8), Math.max(8,
                                    s.path("minLength").asInt(1)))));
                });
            }
            case "integer", "number" -> {
                BigDecimal value = s.has("minimum") ? s.get("minimum").decimalValue()
                        : s.has("maximum") ? s.get("maximum").decimalValue().min(BigDecimal.ONE) : BigDecimal.ONE;
                return type.equals("integer") ? NODES.numberNode(value.toBigInteger()) : NODES.numberNode(value);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "array" -> {
                ArrayNode items = NODES.arrayNode();
                for (int i = 0; i < Math.max(1, s.path("minItems").asInt(1)); i++) {
                    items.add(distinct(s.path("items"), valid(s.path("items")), i));
                }
                return items;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (JsonNode required : s.path("required")) {
                    String name = required.asText();
                    JsonNode known = knownValues().get(name);
                    object.set(name, known != null ? known.deepCopy() : valid(s.path("properties").path(name)));
                }
                return object;
            }
        }
    }
}
