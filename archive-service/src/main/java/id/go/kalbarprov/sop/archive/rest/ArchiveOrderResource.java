package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.rest.Versions;

import id.go.kalbarprov.sop.archive.domain.ArchiveOrderState;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.archive.service.ArchiveOrderService;
import id.go.kalbarprov.sop.archive.service.FilingService;
import id.go.kalbarprov.sop.archive.service.command.DelegateFiling;
import id.go.kalbarprov.sop.archive.service.command.FileRecord;
import id.go.kalbarprov.sop.archive.service.command.OrderArchiving;
import jakarta.annotation.security.RolesAllowed;
import id.go.kalbarprov.sop.archive.service.SealChecks;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

/** Steps 8–10 on an archive order: the Kabag orders archiving, the Kasubbag names the arsiparis, who files it. */
@Path("/api/v1/archive-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Archive orders", description = "Signed corrections on their way into the archive (SOP 45 steps 8–10)")
public class ArchiveOrderResource {

    @Inject
    SealChecks sealChecks;

    @Inject
    ArchiveOrderService orders;

    @Inject
    FilingService filing;

    @Inject
    CurrentCaller caller;

    @Inject
    TaskDeadlines deadlines;

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "listArchiveOrders",
            summary = "My inbox: orders waiting for my step; with state, all orders in that state. Each with the "
            + "step waiting (pending): its working-time deadline and urgency (ON_TIME, DUE_SOON, OVERDUE)")
    public Paged<Views.OrderView> inbox(@QueryParam("state") ArchiveOrderState state,
                                        @QueryParam("caseId") UUID caseId,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Caller reader = caller.get();
        ArchiveOrderService.OrderPage found = orders.inbox(reader, state, caseId, page, size);
        return new Paged<>(found.items().stream().map(o -> Views.OrderView.inInbox(o, reader,
                found.pending().containsKey(o.id) ? Views.StepView.of(found.pending().get(o.id), deadlines) : null))
                .toList(), page, size, found.total());
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "getArchiveOrder",
            summary = "One order with the signed content (if its access class admits the caller), seals and its "
            + "steps; the ETag is its revision")
    @APIResponse(responseCode = "200", description = "The order; ETag: its revision",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OrderView.class)))
    public Response get(@PathParam("id") UUID id) {
        ArchiveOrderService.OrderDetail found = orders.detail(id, caller.get());
        List<Views.StepView> steps = found.steps().stream().map(t -> Views.StepView.of(t, deadlines)).toList();
        return Response.ok(Views.OrderView.of(found.order(), caller.get(), true, steps, sealChecks.of(found.order())))
                .tag(Versions.etag(found.order().version)).build();
    }

    @POST
    @Path("/{id}/order")
    @RolesAllowed(Roles.KABAG)
    @Operation(operationId = "orderArchiving",
            summary = "Receive the signed correction and order the Kasubbag to archive it (step 8)")
    @APIResponse(responseCode = "200", description = "Ordered: the order; ETag: its revision",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OrderView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrderArchiving.class),
            examples = @ExampleObject(name = "order", summary = "The Kabag orders archiving",
                    value = Examples.ORDER)))
    public Response order(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid OrderArchiving command) {
        ArchiveOrderEntity ordered = orders.order(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.ok(Views.OrderView.of(ordered, caller.get(), false)).tag(Versions.etag(ordered.version))
                .build();
    }

    @POST
    @Path("/{id}/delegation")
    @RolesAllowed(Roles.KASUBBAG)
    @Operation(operationId = "delegateArchiveOrder",
            summary = "Order an arsiparis, by upn or NIP, to file it (step 9); again to name another one")
    @APIResponse(responseCode = "200", description = "Delegated: the order; ETag: its revision",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OrderView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DelegateFiling.class),
            examples = @ExampleObject(name = "delegate", summary = "The Kasubbag delegates the filing",
                    value = Examples.DELEGATE)))
    public Response delegate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull DelegateFiling command) {
        ArchiveOrderEntity delegated = orders.delegate(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.ok(Views.OrderView.of(delegated, caller.get(), false))
                .tag(Versions.etag(delegated.version)).build();
    }

    @POST
    @Path("/{id}/filing")
    @RolesAllowed(Roles.ARSIPARIS)
    @Idempotent
    @Operation(operationId = "fileArchiveOrder",
            summary = "File it in the archive (step 10): only the delegated arsiparis; creates the archive record")
    @APIResponse(responseCode = "201", description = "Filed: the archive record",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.RecordView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FileRecord.class),
            examples = @ExampleObject(name = "file_record", summary = "The arsiparis files the signed correction",
                    value = Examples.FILE_RECORD)))
    public Response file(@PathParam("id") UUID id,
                         @Parameter(description = "Makes a retry safe: the first answer is returned again")
                         @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FileRecord command) {
        ArchiveRecordEntity record = filing.file(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.created(URI.create("/api/v1/records/" + record.id))
                .entity(Views.RecordView.of(record, caller.get(), true)).build();
    }
}
