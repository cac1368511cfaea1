package id.go.kalbarprov.sop.platform.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The limits that follow from a value's type and that the code enforces by parsing it, written into the schemas that
 * do not state them: a UUID, a date or a timestamp cannot be longer than its format, a 32- or 64-bit integer cannot
 * leave its range (Jackson and the parameter converters refuse with 400). Limits a field has of its own (Bean
 * Validation, {@code @Schema}) are kept.
 */
final class OpenApiLimits {

    /** The longest text of each string format the services parse. */
    static final Map<String, Integer> FORMAT_LENGTHS = Map.of(
            "uuid", 36,
            "date", 10,
            // 2026-12-31T23:59:59.123456789+07:00
            "date-time", 35,
            "local-time", 18);

    private OpenApiLimits() {
    }

    static void apply(OpenAPI openAPI) {
        List<Schema> pending = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            pending.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> pending.add(p.getSchema()));
                }
                item.getOperations().values().forEach(op -> {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> pending.add(p.getSchema()));
                    }
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody().getContent().getMediaTypes().values()
                                .forEach(m -> pending.add(m.getSchema()));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                                .forEach(r -> r.getContent().getMediaTypes().values()
                                        .forEach(m -> pending.add(m.getSchema())));
                    }
                });
            });
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            limit(schema);
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    pending.addAll(parts);
                }
            }
        }
    }

    private static void limit(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return;
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getFormat() != null
                && schema.getEnumeration() == null && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
            schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            BigDecimal[] range = "int32".equals(schema.getFormat())
                    ? new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)}
                    : "int64".equals(schema.getFormat())
                    ? new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)}
                    : null;
            if (range == null) {
                return;
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(range[0]);
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(range[1]);
            }
        }
    }
}
