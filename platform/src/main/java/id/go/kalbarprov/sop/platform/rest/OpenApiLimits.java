package id.go.kalbarprov.sop.platform.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.idempotency.IdempotencyInterceptor;
import id.go.kalbarprov.sop.platform.report.CsvTable;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
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
        limitParametersAndBodies(openAPI);
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

    /**
     * The limits of parameters and raw bodies that follow from the platform's filters: the Idempotency-Key and
     * If-Match headers as their readers check them, every other string parameter's {@link ParameterLengthLimit}, and
     * a file body's size limit ({@link BodySizeLimit}: upload paths have their own).
     */
    private static void limitParametersAndBodies(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        BodyLimits bodies = bodyLimits();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    parameters.addAll(op.getParameters());
                }
                if (bodies != null && op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().stream()
                            .map(MediaType::getSchema)
                            .filter(schema -> schema != null && "binary".equals(schema.getFormat())
                                    && schema.getMaxLength() == null)
                            .forEach(schema -> schema.setMaxLength(
                                    (int) Math.min(Integer.MAX_VALUE, bodies.limitFor(path))));
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                            .forEach(r -> r.getContent().getMediaTypes().forEach(OpenApiLimits::limitDownload));
                }
            });
            parameters.forEach(OpenApiLimits::limitParameter);
        });
    }

    /**
     * A file answer's largest size where the platform bounds it: a PDF is rendered, signed or taken at most
     * {@link Limits#SIGNED_PDF} long, a spreadsheet or CSV is written at most {@link Spreadsheets#MAX_DOWNLOAD_BYTES}.
     */
    private static void limitDownload(String mediaType, MediaType content) {
        Schema schema = content.getSchema();
        if (schema == null || schema.getMaxLength() != null || schema.getType() == null
                || !schema.getType().contains(Schema.SchemaType.STRING)) {
            return;
        }
        if (mediaType.equals("application/pdf")) {
            schema.setMaxLength(Limits.SIGNED_PDF);
        } else if (mediaType.equals(Spreadsheets.XLSX) || mediaType.startsWith(CsvTable.CSV)) {
            schema.setMaxLength(Spreadsheets.MAX_DOWNLOAD_BYTES);
        }
    }

    private static void limitParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getType() == null || !schema.getType().contains(Schema.SchemaType.STRING)
                || schema.getMaxLength() != null || schema.getEnumeration() != null) {
            return;
        }
        if (parameter.getIn() == Parameter.In.HEADER) {
            if (IdempotencyInterceptor.HEADER.equalsIgnoreCase(parameter.getName())) {
                schema.setPattern(IdempotencyInterceptor.KEY_PATTERN);
            } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                schema.setMaxLength(Versions.IF_MATCH_LENGTH);
            }
            return;
        }
        if (parameter.getIn() == Parameter.In.QUERY || parameter.getIn() == Parameter.In.PATH) {
            Integer own = schema.getPattern() == null ? null : longestMatch(schema.getPattern());
            Integer byFormat = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
            schema.setMaxLength(own != null ? own : byFormat != null ? byFormat : Limits.PARAMETER);
        }
    }

    /** The body limits of this service's configuration, or none where the document is built without it. */
    private static BodyLimits bodyLimits() {
        try {
            return BodyLimits.of(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                    .getConfigMapping(HttpLimitsConfig.class));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The longest text an anchored pattern ({@code ^…$}) matches, or null when it has no bound (or uses more than
     * classes, groups, alternatives and bounded quantifiers). Bean Validation's {@code @Pattern} matches the whole
     * value, so a bounded pattern is a length limit the code enforces.
     */
    static Integer longestMatch(String pattern) {
        if (pattern.length() < 2 || pattern.charAt(0) != '^' || !pattern.endsWith("$") || pattern.endsWith("\\$")) {
            return null;
        }
        int[] at = {1};
        Long longest = alternatives(pattern.substring(0, pattern.length() - 1), at);
        return longest == null || at[0] != pattern.length() - 1 || longest > Integer.MAX_VALUE
                ? null : longest.intValue();
    }

    private static Long alternatives(String p, int[] at) {
        long longest = 0;
        long current = 0;
        while (at[0] < p.length() && p.charAt(at[0]) != ')') {
            char c = p.charAt(at[0]);
            if (c == '|') {
                longest = Math.max(longest, current);
                current = 0;
                at[0]++;
                continue;
            }
            Long atom = atom(p, at);
            if (atom == null) {
                return null;
            }
            Long repeated = quantified(atom, p, at);
            if (repeated == null) {
                return null;
            }
            current += repeated;
        }
        return Math.max(longest, current);
    }

    private static Long atom(String p, int[] at) {
        char c = p.charAt(at[0]);
        switch (c) {
            case '(' -> {
                at[0]++;
                if (p.startsWith("?:", at[0])) {
                    at[0] += 2;
                } else if (p.startsWith("?", at[0])) {
                    return null;
                }
                Long inner = alternatives(p, at);
                if (inner == null || at[0] >= p.length()) {
                    return null;
                }
                at[0]++;
                return inner;
            }
            case '[' -> {
                int i = at[0] + 1;
                if (i < p.length() && p.charAt(i) == '^') {
                    i++;
                }
                if (i < p.length() && p.charAt(i) == ']') {
                    i++;
                }
                while (i < p.length() && p.charAt(i) != ']') {
                    if (p.charAt(i) == '[') {
                        return null;
                    }
                    i += p.charAt(i) == '\\' ? 2 : 1;
                }
                if (i >= p.length()) {
                    return null;
                }
                at[0] = i + 1;
                return 1L;
            }
            case '\\' -> {
                if (at[0] + 1 >= p.length()) {
                    return null;
                }
                char escaped = p.charAt(at[0] + 1);
                if (escaped == 'x') {
                    at[0] += 4;
                } else if (escaped == 'u') {
                    at[0] += 6;
                } else if (Character.isLetterOrDigit(escaped) && "dDsSwW".indexOf(escaped) < 0) {
                    // back-references, \p{…}, \b and the like: not measured
                    return null;
                } else {
                    at[0] += 2;
                }
                return 1L;
            }
            case '^', '$', '*', '+', '?', '{' -> {
                return null;
            }
            default -> {
                at[0]++;
                return 1L;
            }
        }
    }

    private static Long quantified(long atom, String p, int[] at) {
        if (at[0] >= p.length()) {
            return atom;
        }
        char c = p.charAt(at[0]);
        if (c == '*' || c == '+') {
            return null;
        }
        if (c == '?') {
            at[0]++;
            return atom;
        }
        if (c != '{') {
            return atom;
        }
        int close = p.indexOf('}', at[0]);
        if (close < 0) {
            return null;
        }
        String[] bounds = p.substring(at[0] + 1, close).split(",", -1);
        at[0] = close + 1;
        try {
            String upper = bounds[bounds.length - 1].trim();
            return upper.isEmpty() ? null : atom * Long.parseLong(upper);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void limit(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return;
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null) {
            if (schema.getFormat() != null && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
                schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
            } else if (schema.getPattern() != null) {
                Integer longest = longestMatch(schema.getPattern());
                if (longest != null) {
                    schema.setMaxLength(longest);
                }
            }
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
