package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.rest.Versions;

import id.go.kalbarprov.sop.request.domain.CaseState;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.AttachmentService;
import id.go.kalbarprov.sop.request.service.CaseAccess;
import id.go.kalbarprov.sop.request.service.CaseService;
import id.go.kalbarprov.sop.request.service.LetterService;
import id.go.kalbarprov.sop.request.service.command.AssignPelaksana;
import id.go.kalbarprov.sop.request.service.command.ForwardMaterial;
import id.go.kalbarprov.sop.request.service.command.OpenCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

/** The correction case: opening it (step 1), forwarding (step 2), assigning (step 3), reading it and its timeline. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Performance data correction cases (SOP 45 steps 1–3)")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    CaseAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    TaskDeadlines deadlines;

    @Inject
    AttachmentService attachments;

    @Inject
    LetterService letters;

    @POST
    @RolesAllowed(Roles.KARO)
    @Idempotent
    @Operation(operationId = "openCase", summary = "Open a case and dispose it to the Kabag (step 1)")
    @APIResponse(responseCode = "201", description = "Opened: the case, disposed to the Kabag; ETag: its version",
            headers = {@Header(name = "ETag", ref = OpenApiProblems.ETAG), @Header(name = "Location", ref = OpenApiProblems.LOCATION)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CaseView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenCase.class),
            examples = @ExampleObject(name = "open_case", summary = "The Karo opens a case on BAPPEDA's letter",
                    value = Examples.OPEN_CASE)))
    public Response open(@Parameter(description = "Makes a retry safe: the first answer is returned again")
                         @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @Valid @NotNull OpenCase command) {
        CaseEntity opened = cases.open(command, caller.get());
        return Response.created(URI.create("/api/v1/cases/" + opened.id)).tag(Versions.etag(opened.version))
                .entity(Views.CaseView.of(opened)).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "listCases",
            summary = "List cases (a unit sees only cases addressed to it, a pelaksana only those assigned to them)",
            description = "A search by unit counts its matches exactly up to " + Paged.SEARCH_TOTAL_CAP + " (then total "
            + "is " + Paged.SEARCH_TOTAL_CAP + " and totalExact false): a unit's cases lie scattered among all cases, and "
            + "counting to a hundred keeps the search as fast over a million cases as over a thousand. Without unit the "
            + "count is exact up to " + Paged.TOTAL_CAP + ".")
    public Paged<Views.CaseView> list(@QueryParam("state") CaseState state,
                                      @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                      @QueryParam("period") Period period,
                                      @QueryParam("unit") @Pattern(regexp = OpenCase.UNIT_CODE) String unit,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        CaseService.CasePage found = cases.list(caller.get(), state, year, period, unit, page, size);
        Caller reader = caller.get();
        return new Paged<>(found.items().stream().map(c -> Views.CaseView.of(c, reader)).toList(), page, size,
                found.total(), found.cap());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getCase", summary = "One case, with its disposition; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The case; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CaseView.class)))
    public Response get(@PathParam("id") UUID id) {
        Caller reader = caller.get();
        CaseEntity found = access.visible(id, reader);
        return Response.ok(Views.CaseView.of(found, reader, attachments.ofCase(id, reader),
                        letters.dispositionSha256(found, reader).orElse(null)))
                .tag(Versions.etag(found.version)).build();
    }

    @GET
    @Path("/{id}/disposition/pdf")
    @Produces({LetterPdfs.PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getDispositionPdf",
            summary = "The Lembar Disposisi as an archival PDF (PDF/A-2b); the ETag is its SHA-256, recorded as "
            + "disposition.pdfSha256. The same access as the case; a unit's copy carries no officials' NIPs")
    @APIResponse(responseCode = "200", description = "The PDF, the same bytes on every request until the "
            + "disposition changes", content = @Content(mediaType = LetterPdfs.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = LetterService.LARGEST_PDF)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current PDF")
    public Response dispositionPdf(@PathParam("id") UUID id, @Context Request request) {
        return LetterPdfs.answer(letters.disposition(id, caller.get()), request);
    }

    @POST
    @Path("/{id}/forward")
    @RolesAllowed(Roles.KABAG)
    @Operation(operationId = "forwardCase", summary = "Forward the collected material to the Kasubbag (step 2)")
    @APIResponse(responseCode = "200", description = "Forwarded: the case; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CaseView.class)))
    public Response forward(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid ForwardMaterial command) {
        CaseEntity forwarded = cases.forward(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.ok(Views.CaseView.of(forwarded)).tag(Versions.etag(forwarded.version)).build();
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed(Roles.KASUBBAG)
    @Operation(operationId = "assignCase", summary = "Assign (or reassign) the pelaksana by upn or NIP (step 3)")
    @APIResponse(responseCode = "200", description = "Assigned: the case; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CaseView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignPelaksana.class),
            examples = @ExampleObject(name = "assign", summary = "The Kasubbag assigns the pelaksana",
                    value = Examples.ASSIGN)))
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull AssignPelaksana command) {
        CaseEntity assigned = cases.assign(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.ok(Views.CaseView.of(assigned)).tag(Versions.etag(assigned.version)).build();
    }

    @GET
    @Transactional
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getCaseTimeline",
            summary = "Every step of the case in order, with standard and actual minutes, and whose turn it is")
    public Views.TimelineView timeline(@PathParam("id") UUID id) {
        CaseService.CaseTimeline found = cases.timeline(id, caller.get());
        boolean overdue = found.overdue();
        return new Views.TimelineView(id, found.theCase().state,
                found.steps().stream().filter(t -> t.doneAt == null)
                        .map(t -> Views.TaskView.of(t, deadlines.of(t), overdue)).toList(),
                found.steps().stream().map(t -> Views.TaskView.of(t, deadlines.of(t), overdue)).toList(),
                found.events().stream().map(Views.EventView::of).toList(), found.truncated());
    }
}
