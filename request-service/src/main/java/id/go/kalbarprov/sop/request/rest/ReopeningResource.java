package id.go.kalbarprov.sop.request.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.rest.Versions;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.ReopeningService;
import id.go.kalbarprov.sop.request.service.command.ReopenCollection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/** After forwarding, the Kabag reopens collection for one unit (step 2 again). */
@Path("/api/v1/cases/{id}/reopenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Performance data correction cases (SOP 45 steps 1–3)")
public class ReopeningResource {

    @Inject
    ReopeningService reopenings;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.KABAG)
    @Idempotent
    @Operation(operationId = "reopenCase",
            summary = "Reopen collection for one target unit with a reason (FORWARDED, DRAFTING or REVISION), "
            + "optionally with a numbered reminder Nota Dinas; only that unit may then submit, and the Kabag forwards "
            + "again")
    @APIResponse(responseCode = "201", description = "Reopened for the unit (with the reminder, if one was sent)",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ReopeningView.class)))
    public Response reopen(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ReopenCollection command) {
        Caller kabag = caller.get();
        ReopeningService.Reopened done = reopenings.reopen(id, Versions.fromIfMatch(ifMatch), command, kabag);
        return Response.created(URI.create("/api/v1/cases/" + id + "/reopenings"))
                .entity(Views.ReopeningView.of(done.reopening(), done.reminder(), kabag)).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "listReopenings",
            summary = "The case's reopenings of collection, oldest first, with reason, reminder memo and the "
            + "unit's answer; a unit sees only its own")
    @APIResponse(responseCode = "200", description = "The reopenings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.ReopeningView.class, maxItems = ReopeningService.PER_CASE)))
    public List<Views.ReopeningView> list(@PathParam("id") UUID id) {
        Caller reader = caller.get();
        return reopenings.list(id, reader).stream()
                .map(r -> Views.ReopeningView.of(r.reopening(), r.reminder(), reader)).toList();
    }
}
