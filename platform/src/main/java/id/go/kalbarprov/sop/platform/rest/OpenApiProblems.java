package id.go.kalbarprov.sop.platform.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Adds the problem+json schema and the error answers every operation can give to the OpenAPI document, and leaves out
 * the schemas of the typed events (platform.event) that this service neither takes nor returns: every service has them
 * on its class path, only the receiver of an event describes it.
 */
public class OpenApiProblems implements OASFilter {

    /** The schema names of platform's event records and their parts. */
    static final Set<String> EVENT_SCHEMAS = Set.of("ReceiveDraft", "ReturnDraft", "StatusEvent", "SignedCorrection",
            "RegisterDocument", "Officer", "Seal", "SealAct", "AgendaDirection");

    private static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "Invalid input: malformed JSON, wrong types, missing or oversized fields (see violations)",
            "401", "No valid bearer token",
            "403", "The caller's role or object-level rule does not permit this",
            "404", "No such resource, or not visible to the caller",
            "409", "Not allowed in the current state (currentState given), or changed concurrently",
            "412", "If-Match names a stale version",
            "413", "Request body too large",
            "415", "Request body is not application/json",
            "422", "A business rule is not met, or an Idempotency-Key was reused for another request"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema violation = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("message", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)));
        Schema problem = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; `code` is stable, texts follow Accept-Language (en, id)")
                .addProperty("type", string()).addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string()).addProperty("instance", string())
                .addProperty("code", string().example("ILLEGAL_TRANSITION"))
                .addProperty("currentState", string())
                .addProperty("violations", OASFactory.createSchema()
                        .type(java.util.List.of(Schema.SchemaType.ARRAY)).items(violation));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problem);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item ->
                item.getOperations().values().forEach(this::addErrors));
        dropEventSchemasNobodyUses(openAPI);
    }

    private static void dropEventSchemasNobodyUses(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
            }
            if (op.getParameters() != null) {
                op.getParameters().forEach(parameter -> pending.add(parameter.getSchema()));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                        .forEach(r -> r.getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema())));
            }
        }));
        schemas.forEach((name, schema) -> {
            if (!EVENT_SCHEMAS.contains(name) && !name.equals("LocalDate")) {
                pending.add(schema);
            }
        });
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    pending.addAll(parts);
                }
            }
        }
        EVENT_SCHEMAS.stream().filter(name -> !used.contains(name)).forEach(openAPI.getComponents()::removeSchema);
        if (!used.contains("LocalDate")) {
            // a date field of an event this service does not take in
            openAPI.getComponents().removeSchema("LocalDate");
        }
    }

    /**
     * A service words an answer for its own resources with {@code sop.openapi.errors.<status>}, or leaves a status out
     * with the value {@value #NOT_ANSWERED}.
     */
    private static String describe(String status, String standard) {
        return ConfigProvider.getConfig().getOptionalValue("sop.openapi.errors." + status, String.class)
                .orElse(standard);
    }

    static final String NOT_ANSWERED = "none";

    private void addErrors(Operation operation) {
        ERRORS.forEach((status, standard) -> {
            String description = describe(status, standard);
            if (NOT_ANSWERED.equals(description)) {
                return;
            }
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(description)
                        .content(OASFactory.createContent().addMediaType("application/problem+json",
                                OASFactory.createMediaType().schema(
                                        OASFactory.createSchema().ref("#/components/schemas/Problem")))));
            }
        });
    }

    private static Schema string() {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING));
    }
}
