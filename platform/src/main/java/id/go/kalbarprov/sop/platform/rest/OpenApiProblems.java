package id.go.kalbarprov.sop.platform.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Adds the problem+json schema and the error answers every operation can give to the OpenAPI document. */
public class OpenApiProblems implements OASFilter {

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: malformed JSON, wrong types, missing or oversized fields (see violations)",
            "401", "No valid bearer token",
            "403", "The caller's role or object-level rule does not permit this",
            "404", "No such resource, or not visible to the caller",
            "409", "Not allowed in the current state (currentState given), or changed concurrently",
            "412", "If-Match names a stale version",
            "413", "Request body too large",
            "415", "Request body is not application/json",
            "422", "A business rule is not met, or an Idempotency-Key was reused for another request");

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
    }

    private void addErrors(Operation operation) {
        ERRORS.forEach((status, description) -> {
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
