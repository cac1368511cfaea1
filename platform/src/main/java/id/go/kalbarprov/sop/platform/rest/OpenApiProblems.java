package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
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
 * Adds the problem+json schema and the error answers every operation can give to the OpenAPI document (with the
 * rate-limit headers of {@link RateLimitFilter} on every answer), says who may call each operation, and leaves out
 * the schemas of the typed events (platform.event) that this service neither takes nor returns: every service has them
 * on its class path, only the receiver of an event describes it.
 */
public class OpenApiProblems implements OASFilter {

    /** The schema names of platform's event records and their parts. */
    static final Set<String> EVENT_SCHEMAS = Set.of("ReceiveDraft", "ReturnDraft", "StatusEvent", "SignedCorrection",
            "RegisterDocument", "Officer", "Seal", "SealAct", "AgendaDirection");

    private static final Map<String, String> ERRORS = new TreeMap<>(Map.ofEntries(
            Map.entry("400", "Invalid input: malformed JSON, wrong types, missing or oversized fields (see violations)"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The caller's role or object-level rule does not permit this"),
            Map.entry("404", "No such resource, or not visible to the caller"),
            Map.entry("409", "Not allowed in the current state (currentState given), or changed concurrently"),
            Map.entry("412", "If-Match names a stale version"),
            Map.entry("413", "Request body too large"),
            Map.entry("415", "Request body is not application/json"),
            Map.entry("422", "A business rule is not met, or an Idempotency-Key was reused for another request"),
            Map.entry("429", "Too many requests from this caller in this endpoint class: wait Retry-After seconds"),
            Map.entry("500", "An unexpected failure; the problem's instance names it in the service's log"),
            Map.entry("503", "The service could not reach its database in time (code SERVICE_BUSY): send the "
                    + "request again after Retry-After seconds, a change with the same Idempotency-Key")));

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    /** For {@code @Header(ref = ...)} on a success answer that carries the resource's version as its ETag. */
    public static final String ETAG = "#/components/headers/ETag";

    /** The 428 answer of an operation that changes a versioned resource only with If-Match. */
    public static final String PRECONDITION_REQUIRED = "If-Match is required here and was not sent: read the "
            + "resource, then send its ETag as If-Match (code PRECONDITION_REQUIRED, currentVersion where it has one)";

    /** For {@code @Header(ref = ...)} on a 201 answer: where the created resource is read. */
    public static final String LOCATION = "#/components/headers/Location";

    /** The rate-limit headers (draft-ietf-httpapi-ratelimit-headers) every answer carries, and Retry-After on 429. */
    static final Map<String, String> RATE_LIMIT_HEADERS = new TreeMap<>(Map.of(
            "RateLimit", "The caller's budget left in this endpoint class: `\"read\";r=599;t=1` (r: requests "
                    + "left, t: seconds until the budget is full again)",
            "RateLimit-Policy", "The budget of this endpoint class on the replica that answered: "
                    + "`\"read\";q=600;w=60` (q: requests per window, w: window in seconds); classes: public "
                    + "(no token, per client address), read, expensive-read, write (per token subject)",
            "Retry-After", "Seconds to wait before the next request in this endpoint class"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema violation = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string().maxLength(Limits.PROBLEM_TEXT))
                .addProperty("message", string().maxLength(Limits.PROBLEM_DETAIL));
        Schema problem = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; `code` is stable, texts follow Accept-Language (en, id)")
                .addProperty("type", string().maxLength(Limits.PROBLEM_TEXT))
                .addProperty("title", string().maxLength(Limits.PROBLEM_TEXT))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER))
                        .minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string().maxLength(Limits.PROBLEM_DETAIL))
                .addProperty("instance", string().maxLength(Limits.PROBLEM_TEXT))
                .addProperty("code", string().maxLength(Limits.PROBLEM_TEXT).example("ILLEGAL_TRANSITION"))
                .addProperty("currentState", string().maxLength(Limits.PROBLEM_TEXT))
                .addProperty("violations", OASFactory.createSchema()
                        .type(java.util.List.of(Schema.SchemaType.ARRAY)).maxItems(Limits.VIOLATIONS)
                        .items(violation));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problem);
        RATE_LIMIT_HEADERS.forEach((name, description) -> openAPI.getComponents().addHeader(name,
                OASFactory.createHeader().description(description).schema(name.equals("Retry-After")
                        ? OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32").minimum(
                                java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86_400))
                        : string().maxLength(200))));
        openAPI.getComponents().addHeader("ETag", OASFactory.createHeader().description("The version of what the "
                + "answer shows (a number in quotes, or a SHA-256 or fingerprint where the operation says so): send it "
                + "back as If-Match to change it").schema(string().maxLength(200)));
        openAPI.getComponents().addHeader("Location", OASFactory.createHeader().description("Where the created "
                + "resource (or the list it joined) is read").schema(string().format("uri-reference").maxLength(2048)));
        openAPI.getComponents().addHeader(ALLOW_ORIGIN, OASFactory.createHeader().description("To a browser "
                + "request from one of the configured origins (CORS_ORIGINS), that origin; exposed to scripts: "
                + "ETag, Location, Retry-After, RateLimit, RateLimit-Policy, Idempotent-Replayed, "
                + "Content-Disposition, Signed-Document").schema(string().maxLength(2048)));
        OpenApiDescriptions.describeDocument(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            addErrors(operation);
            addRateLimitHeaders(operation);
            OpenApiDescriptions.describeOperation(method.name(), path, operation);
        }));
        dropEventSchemasNobodyUses(openAPI);
        OpenApiLimits.apply(openAPI);
    }

    private static void addRateLimitHeaders(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("4")) {
                response.addHeader("RateLimit", headerRef("RateLimit"));
                response.addHeader("RateLimit-Policy", headerRef("RateLimit-Policy"));
            }
            response.addHeader(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
            if (status.equals("429")) {
                response.addHeader("Retry-After", headerRef("Retry-After"));
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
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
            org.eclipse.microprofile.openapi.models.responses.APIResponse existing =
                    operation.getResponses().getAPIResponse(status);
            if (existing == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(description).content(problemContent()));
            } else if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
                // SmallRye's own 400/401/403 answers name no body: it is the problem
                existing.content(problemContent());
                if (GENERATED_DESCRIPTIONS.contains(existing.getDescription())) {
                    existing.description(description);
                }
            }
        });
        // an error answer only some operations give (428, 503, ...), declared without a body: it is the problem too
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5"))
                    && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.content(problemContent());
            }
        });
    }

    /** What SmallRye writes for the answers it adds itself. */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING));
    }
}
