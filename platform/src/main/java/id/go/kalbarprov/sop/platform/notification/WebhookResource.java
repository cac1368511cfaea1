package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/**
 * Webhooks of provincial systems: an administrator registers a URL, a secret and the event types wanted; every such
 * notification of this service is then POSTed there as JSON signed with HMAC-SHA256 (see the README).
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed notifications to provincial systems")
public class WebhookResource {

    /** A webhook's URL, its event types and the length of one. */
    static final int URL = 2000;
    static final int EVENT_TYPES = 10;
    static final int EVENT_TYPE = 60;

    @Inject
    Webhooks webhooks;

    @Inject
    CurrentCaller caller;

    /** A webhook to register: where, the shared secret that signs deliveries, and which events. */
    public record RegisterWebhook(
            @NotBlank @Size(max = URL) String url,
            @NotBlank @Size(min = 16, max = 200) String secret,
            @NotEmpty @Size(max = EVENT_TYPES) List<@NotBlank @Size(max = EVENT_TYPE) String> eventTypes) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerWebhook",
            summary = "Register a webhook (event types: task.arrived, standard.breached); the secret is not shown again")
    @APIResponse(responseCode = "201", description = "Registered, with its secret (shown only now)",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.Webhook.class)))
    public Response register(@Parameter(description = "Makes a retry safe: the first answer is returned again")
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @Valid @NotNull RegisterWebhook command) {
        Webhooks.Webhook webhook = webhooks.register(command.url(), command.secret(), command.eventTypes(),
                caller.get().upn());
        return Response.created(URI.create("/api/v1/webhooks/" + webhook.id())).entity(webhook).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listWebhooks", summary = "The registered webhooks (without their secrets)")
    public Paged<Webhooks.Webhook> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Webhooks.Page found = webhooks.list(page, size);
        return new Paged<>(found.items(), page, size, found.total());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeWebhook",
            summary = "Remove a webhook: nothing more is sent to it, deliveries still waiting included")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id) {
        if (!webhooks.remove(id)) {
            throw ProblemException.notFound("Webhook", id);
        }
        return Response.noContent().build();
    }
}
