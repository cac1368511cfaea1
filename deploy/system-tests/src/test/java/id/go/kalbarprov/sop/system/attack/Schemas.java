package id.go.kalbarprov.sop.system.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Just enough JSON Schema (as Quarkus writes it into OpenAPI 3.1) to make a valid sample of a body and to tell
 * whether a value breaks its schema — so an attack knows whether the service must refuse it.
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values tried, in order, for a string with a pattern; one of them fits every pattern the services use. */
    private static final List<String> PATTERN_CANDIDATES = List.of("Uji", "DINKES", "000.8.6.3", "0".repeat(64),
            "attack-suite", "ORDER", "SIGNED", "DraftSubmitted", "CorrectionSigned", "199003032015031003",
            "attack-suite-sample-id", "07:30-12:00",
            // a W3C traceparent (a handoff batch item's)
            "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01");

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new AssertionError("unresolvable " + ref);
            }
            // a $ref with siblings (e.g. a description) keeps the referenced schema's constraints
            current = target;
        }
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("enum") ? "string" : "any";
    }

    /** A value that satisfies the schema; every optional property included, so each can be attacked. */
    JsonNode sample(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            sample(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.path("items"), depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), 1L)
                        : schema.has("maximum") ? Math.min(schema.get("maximum").asLong(), 1L) : 1L);
            }
            case "number" -> {
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").decimalValue()
                        .max(BigDecimal.ONE) : BigDecimal.ONE);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "string" -> {
                return NODES.textNode(sampleString(schema));
            }
            default -> {
                return NODES.textNode("Uji");
            }
        }
    }

    private String sampleString(JsonNode schema) {
        String format = schema.path("format").asText();
        switch (format) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return LocalDate.now().toString();
            case "date-time":
                return Instant.now().toString();
            default:
                break;
        }
        // A pattern that is one literal word (an event's type name, say) is its own sample.
        String literal = schema.path("pattern").asText().replaceAll("^\\^|\\$$", "");
        if (literal.matches("[A-Za-z0-9_-]+") && breaks(NODES.textNode(literal), schema) == null) {
            return literal;
        }
        for (String candidate : PATTERN_CANDIDATES) {
            if (breaks(NODES.textNode(candidate), schema) == null) {
                return candidate;
            }
        }
        throw new AssertionError("no sample string for " + schema);
    }

    /** Why the value breaks the schema, or null when it fits (nested objects and arrays included). */
    String breaks(JsonNode value, JsonNode raw) {
        JsonNode schema = resolve(raw);
        if (value == null || value.isNull()) {
            return null; // optional and required are judged by the caller, who knows the enclosing object
        }
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.equals(value)) {
                    return null;
                }
            }
            return "not one of " + schema.get("enum");
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    return "not an object";
                }
                for (JsonNode required : schema.path("required")) {
                    if (!value.hasNonNull(required.asText())) {
                        return required.asText() + " missing";
                    }
                }
                JsonNode properties = schema.path("properties");
                for (var it = value.fields(); it.hasNext(); ) {
                    var field = it.next();
                    if (!properties.has(field.getKey())) {
                        return "unknown field " + field.getKey(); // the services refuse unknown fields
                    }
                    String inner = breaks(field.getValue(), properties.get(field.getKey()));
                    if (inner != null) {
                        return field.getKey() + ": " + inner;
                    }
                }
                return null;
            }
            case "array" -> {
                if (!value.isArray()) {
                    return "not an array";
                }
                if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                    return "too few items";
                }
                if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                    return "too many items";
                }
                for (JsonNode item : value) {
                    String inner = breaks(item, schema.path("items"));
                    if (inner != null) {
                        return "item: " + inner;
                    }
                }
                return null;
            }
            case "integer", "number" -> {
                if (!value.isNumber() || "integer".equals(type) && !value.isIntegralNumber()) {
                    return "not a " + type;
                }
                BigDecimal number = value.decimalValue();
                if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
                    return "below minimum";
                }
                if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
                    return "above maximum";
                }
                if ("int32".equals(schema.path("format").asText()) && (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                        || number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0)) {
                    return "outside int32";
                }
                if ("int64".equals(schema.path("format").asText()) && (number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                        || number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0)) {
                    return "outside int64";
                }
                return null;
            }
            case "boolean" -> {
                return value.isBoolean() ? null : "not a boolean";
            }
            case "string" -> {
                return value.isTextual() ? breaksString(value.asText(), schema) : "not a string";
            }
            default -> {
                return null;
            }
        }
    }

    private static String breaksString(String text, JsonNode schema) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            return "too short";
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            return "too long";
        }
        if (schema.has("pattern")) {
            try {
                if (!Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                    return "does not match " + schema.get("pattern").asText();
                }
            } catch (PatternSyntaxException e) {
                throw new AssertionError("pattern the suite cannot read: " + schema.get("pattern"));
            }
        }
        try {
            switch (schema.path("format").asText()) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> Instant.parse(text);
                default -> {
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return "not a " + schema.path("format").asText();
        }
        return null;
    }
}
