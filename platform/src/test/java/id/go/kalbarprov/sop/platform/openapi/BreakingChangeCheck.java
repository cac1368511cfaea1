package id.go.kalbarprov.sop.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Breaking changes between the released OpenAPI document and the current one (openapi-diff), and whether each of
 * them is listed, with a reason, in the file of accepted breaking changes.
 *
 * <p>A breaking change is identified by its operation ({@code "POST /api/v1/cases"}) and a one-line description of
 * the change ({@code "request body application/json: property reason newly required"}); an accepted entry must name
 * both exactly, as the failure message prints them, plus a non-blank {@code reason}. An accepted entry that matches no
 * breaking change is reported too, so the file stays an exact record of the breaks since the release.
 */
public final class BreakingChangeCheck {

    /** One incompatible difference. {@code operation} is "METHOD /path", or "(document)" for the whole document. */
    public record Change(String operation, String change) {
        @Override
        public String toString() {
            return operation + ": " + change;
        }
    }

    /** An entry of the accepted-breaking-changes file. */
    public record Accepted(String operation, String change, String reason) {
        boolean matches(Change c) {
            return operation.equals(c.operation()) && change.equals(c.change());
        }
    }

    /** What the check found: breaking changes nobody accepted, accepted entries without a matching change. */
    public record Result(List<Change> breaking, List<Change> unaccepted, List<Accepted> stale, List<String> invalid) {
        public boolean passes() {
            return unaccepted.isEmpty() && stale.isEmpty() && invalid.isEmpty();
        }
    }

    private BreakingChangeCheck() {
    }

    /** Compares the released document with the current one and matches the breaks against the accepted list. */
    public static Result check(String released, String current, String acceptedYaml) {
        List<Change> breaking = breakingChanges(released, current);
        List<String> invalid = new ArrayList<>();
        List<Accepted> accepted = parseAccepted(acceptedYaml, invalid);
        List<Change> unaccepted = breaking.stream()
                .filter(c -> accepted.stream().noneMatch(a -> a.matches(c))).toList();
        List<Accepted> stale = accepted.stream()
                .filter(a -> breaking.stream().noneMatch(a::matches)).toList();
        return new Result(breaking, unaccepted, stale, invalid);
    }

    /** The incompatible differences from {@code released} to {@code current}, in document order. */
    public static List<Change> breakingChanges(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        Set<Change> out = new LinkedHashSet<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            out.add(new Change(operation(removed.getMethod().name(), removed.getPathUrl()), "operation removed"));
        }
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (!op.isIncompatible()) {
                continue;
            }
            String name = operation(op.getHttpMethod().name(), op.getPathUrl());
            int before = out.size();
            parameters(op.getParameters()).forEach(d -> out.add(new Change(name, d)));
            requestBody(op.getRequestBody()).forEach(d -> out.add(new Change(name, d)));
            responses(op.getApiResponses()).forEach(d -> out.add(new Change(name, d)));
            if (incompatible(op.getSecurityRequirements())) {
                out.add(new Change(name, "security requirements changed"));
            }
            if (incompatible(op.getExtensions())) {
                out.add(new Change(name, "extensions changed"));
            }
            if (out.size() == before) {
                out.add(new Change(name, "operation changed incompatibly"));
            }
        }
        if (diff.isIncompatible() && out.isEmpty()) {
            out.add(new Change("(document)", "changed incompatibly"));
        }
        return List.copyOf(out);
    }

    private static List<String> parameters(ChangedParameters p) {
        List<String> out = new ArrayList<>();
        if (!incompatible(p)) {
            return out;
        }
        p.getMissing().forEach(m -> out.add(param(m.getIn(), m.getName()) + " removed"));
        p.getIncreased().stream().filter(n -> Boolean.TRUE.equals(n.getRequired()))
                .forEach(n -> out.add("new required " + param(n.getIn(), n.getName())));
        for (ChangedParameter c : p.getChanged()) {
            if (!c.isIncompatible()) {
                continue;
            }
            String where = param(c.getIn(), c.getName());
            if (c.isChangeRequired()) {
                out.add(where + " became required");
            }
            List<String> schema = schema(c.getSchema(), "");
            schema.forEach(s -> out.add(where + ": " + s));
            if (!c.isChangeRequired() && schema.isEmpty()) {
                out.add(where + " changed");
            }
        }
        if (out.isEmpty()) {
            out.add("parameters changed");
        }
        return out;
    }

    private static List<String> requestBody(ChangedRequestBody body) {
        List<String> out = new ArrayList<>();
        if (!incompatible(body)) {
            return out;
        }
        if (body.isChangeRequired()) {
            out.add("request body became required");
        }
        content(body.getContent(), "request body").forEach(out::add);
        if (out.isEmpty()) {
            out.add("request body changed");
        }
        return out;
    }

    private static List<String> responses(ChangedApiResponse responses) {
        List<String> out = new ArrayList<>();
        if (!incompatible(responses)) {
            return out;
        }
        responses.getMissing().keySet().forEach(code -> out.add("response " + code + " removed"));
        for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
            if (!e.getValue().isIncompatible()) {
                continue;
            }
            List<String> content = content(e.getValue().getContent(), "response " + e.getKey());
            out.addAll(content);
            if (content.isEmpty()) {
                out.add("response " + e.getKey() + " changed");
            }
        }
        if (out.isEmpty()) {
            out.add("responses changed");
        }
        return out;
    }

    private static List<String> content(ChangedContent content, String where) {
        List<String> out = new ArrayList<>();
        if (!incompatible(content)) {
            return out;
        }
        content.getMissing().keySet().forEach(type -> out.add(where + " " + type + " removed"));
        for (Map.Entry<String, ChangedMediaType> e : content.getChanged().entrySet()) {
            if (!e.getValue().isIncompatible()) {
                continue;
            }
            List<String> schema = schema(e.getValue().getSchema(), "");
            String prefix = where + " " + e.getKey();
            schema.forEach(s -> out.add(prefix + ": " + s));
            if (schema.isEmpty()) {
                out.add(prefix + " changed");
            }
        }
        return out;
    }

    /** The incompatible parts of a schema, property paths joined with dots ({@code items[]} for array items). */
    private static List<String> schema(ChangedSchema s, String path) {
        List<String> out = new ArrayList<>();
        if (!incompatible(s)) {
            return out;
        }
        String at = path.isEmpty() ? "" : " " + path;
        if (s.getRequired() != null && s.getRequired().isIncompatible()) {
            // newly required is a break for what clients send; no longer required, for what they receive
            if (s.getRequired().getContext() == null || !s.getRequired().getContext().isResponse()) {
                s.getRequired().getIncreased().forEach(r -> out.add("property " + join(path, r) + " newly required"));
            }
            if (s.getRequired().getContext() == null || !s.getRequired().getContext().isRequest()) {
                s.getRequired().getMissing()
                        .forEach(r -> out.add("property " + join(path, r) + " no longer required"));
            }
        }
        if (s.getMissingProperties() != null) {
            s.getMissingProperties().keySet().forEach(p -> out.add("property " + join(path, p) + " removed"));
        }
        if (s.isChangedType()) {
            out.add("type" + at + " changed");
        }
        if (incompatible(s.getEnumeration())) {
            out.add("enum values" + at + " changed");
        }
        if (s.getChangedProperties() != null) {
            s.getChangedProperties().forEach((name, changed) -> out.addAll(schema(changed, join(path, name))));
        }
        if (s.getItems() != null) {
            out.addAll(schema(s.getItems(), join(path, "items[]")));
        }
        if (s.getAddProp() != null) {
            out.addAll(schema(s.getAddProp(), join(path, "additionalProperties")));
        }
        if (out.isEmpty()) {
            out.add("schema" + at + " changed");
        }
        return out;
    }

    private static boolean incompatible(Changed c) {
        return c != null && c.isIncompatible();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String param(String in, String name) {
        return in + " parameter " + name;
    }

    private static String operation(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** Reads {@code accepted: [{operation, change, reason}, ...]}; entries without all three go to {@code invalid}. */
    static List<Accepted> parseAccepted(String yaml, List<String> invalid) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("the accepted-breaking-changes file is not valid YAML", e);
        }
        List<Accepted> out = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("accepted");
        if (list == null || list.isNull()) {
            invalid.add("the file has no 'accepted:' list (write 'accepted: []' when there is none)");
            return out;
        }
        if (!list.isArray()) {
            invalid.add("'accepted' must be a list");
            return out;
        }
        int i = 0;
        for (JsonNode entry : list) {
            i++;
            String operation = text(entry, "operation");
            String change = text(entry, "change");
            String reason = text(entry, "reason");
            if (operation.isBlank() || change.isBlank() || reason.isBlank() || reason.startsWith("<")) {
                invalid.add("entry " + i + " needs operation, change and a reason (not the placeholder): " + entry);
            } else {
                out.add(new Accepted(operation, change, reason));
            }
        }
        return out;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode v = entry.get(field);
        return v == null || v.isNull() ? "" : v.asText().trim();
    }

    /** A failure message that names each problem and shows the entries to add if the break is intended. */
    public static String report(String service, Result r, String acceptedFile, String releasedFile) {
        StringBuilder m = new StringBuilder();
        m.append(service).append(": the OpenAPI document breaks clients of the released one (").append(releasedFile)
                .append(").\nOther provincial systems integrate through this document; a breaking change must be a "
                        + "visible decision.\n");
        if (!r.unaccepted().isEmpty()) {
            m.append("\nBreaking changes not accepted:\n");
            r.unaccepted().forEach(c -> m.append("  - ").append(c).append('\n'));
            m.append("\nEither make the change compatible, or accept it by adding to ").append(acceptedFile)
                    .append(":\n");
            r.unaccepted().forEach(c -> m.append("  - operation: \"").append(c.operation()).append("\"\n")
                    .append("    change: \"").append(c.change()).append("\"\n")
                    .append("    reason: \"<why this break is accepted, and how integrators were told>\"\n"));
        }
        if (!r.stale().isEmpty()) {
            m.append("\nAccepted entries that match no breaking change any more (remove them from ")
                    .append(acceptedFile).append("):\n");
            r.stale().forEach(a -> m.append("  - ").append(a.operation()).append(": ").append(a.change())
                    .append('\n'));
        }
        if (!r.invalid().isEmpty()) {
            m.append("\nProblems in ").append(acceptedFile).append(":\n");
            r.invalid().forEach(s -> m.append("  - ").append(s).append('\n'));
        }
        return m.toString();
    }
}
