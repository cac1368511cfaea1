package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.kalbarprov.sop.platform.rest.Versions;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.request.persistence.DraftEntity;
import id.go.kalbarprov.sop.request.persistence.DraftVersionEntity;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.Analysis;
import id.go.kalbarprov.sop.request.service.AttachmentService;
import id.go.kalbarprov.sop.request.service.DraftService;
import id.go.kalbarprov.sop.request.service.command.ComposeDraft;
import id.go.kalbarprov.sop.request.service.command.CorrectDraftValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

/** Step 4: the analysis, the working draft, and its submitted versions. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Draft", description = "Analysis and the draft correction (SOP 45 step 4)")
public class DraftResource {

    private static final String[] READERS = {Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR};

    @Inject
    DraftService drafts;

    @Inject
    CurrentCaller caller;

    @Inject
    AttachmentService attachments;

    @GET
    @Path("/analysis")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Operation(operationId = "getAnalysis",
            summary = "Achievement before and after per row, missing units, unchanged rows, outsized changes")
    public Analysis analysis(@PathParam("id") UUID id) {
        return drafts.analyse(id, caller.get());
    }

    @PUT
    @Path("/draft")
    @RolesAllowed(Roles.PELAKSANA)
    @Operation(operationId = "composeDraft",
            summary = "Compose or revise the draft (assigned pelaksana; If-Match required once a draft exists)")
    @APIResponse(responseCode = "200", description = "The working draft; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DraftView.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComposeDraft.class),
            examples = @ExampleObject(name = "compose_draft", summary = "The pelaksana drafts from both units' rows",
                    value = Examples.COMPOSE_DRAFT)))
    public Response compose(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ComposeDraft command) {
        DraftEntity draft = drafts.compose(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.ok(Views.DraftView.of(draft)).tag(Versions.etag(draft.version)).build();
    }

    @GET
    @Transactional
    @Path("/draft")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Operation(operationId = "getDraft", summary = "The working draft; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The working draft; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DraftView.class)))
    public Response draft(@PathParam("id") UUID id) {
        DraftEntity draft = drafts.workingDraft(id, caller.get());
        return Response.ok(Views.DraftView.of(draft)).tag(Versions.etag(draft.version)).build();
    }

    @POST
    @Path("/draft/corrections")
    @RolesAllowed(Roles.PELAKSANA)
    @Idempotent
    @Operation(operationId = "correctDraft",
            summary = "Correct a value of a row in the draft with a reason (assigned pelaksana, DRAFTING or "
            + "REVISION; If-Match with the draft's ETag): the unit's value is kept beside it and the achievement "
            + "recomputed in the next version")
    @APIResponse(responseCode = "201", description = "Corrected: the correction; ETag: the draft's new version",
            headers = {@Header(name = "ETag", ref = OpenApiProblems.ETAG), @Header(name = "Location", ref = OpenApiProblems.LOCATION)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DraftCorrectionView.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response correct(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CorrectDraftValue command) {
        DraftService.Corrected done = drafts.correct(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.created(URI.create("/api/v1/cases/" + id + "/draft/corrections"))
                .tag(Versions.etag(done.draft().version))
                .entity(Views.DraftCorrectionView.of(done.correction())).build();
    }

    @GET
    @Transactional
    @Path("/draft/corrections")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Operation(operationId = "listDraftCorrections",
            summary = "The pelaksana's corrections of values in the draft, oldest first, beside the units' values")
    @APIResponse(responseCode = "200", description = "The corrections",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.DraftCorrectionView.class, maxItems = DraftService.CORRECTIONS)))
    public List<Views.DraftCorrectionView> corrections(@PathParam("id") UUID id) {
        return drafts.corrections(id, caller.get()).stream().map(Views.DraftCorrectionView::of).toList();
    }

    @POST
    @Path("/draft/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PELAKSANA)
    @Idempotent
    @Operation(operationId = "submitDraft",
            summary = "Freeze the draft as version n with its SHA-256 hash and submit it for review")
    @APIResponse(responseCode = "201", description = "Submitted: the frozen version with its SHA-256",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DraftVersionView.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DraftVersionEntity version = drafts.submit(id, Versions.fromIfMatch(ifMatch), caller.get());
        return Response.created(URI.create("/api/v1/cases/" + id + "/drafts/" + version.number))
                .entity(Views.DraftVersionView.of(version, true)).build();
    }

    @GET
    @Path("/drafts")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Operation(operationId = "listDraftVersions",
            summary = "Submitted draft versions, oldest first, with hashes and return reasons")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.DraftVersionView.class, maxItems = Limits.VERSION)))
    public List<Views.DraftVersionView> versions(@PathParam("id") UUID id) {
        return drafts.versions(id, caller.get()).stream().map(v -> Views.DraftVersionView.of(v, false)).toList();
    }

    @GET
    @Path("/drafts/{number}")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Operation(operationId = "getDraftVersion", summary = "One submitted draft version with its frozen content")
    public Views.DraftVersionView version(@PathParam("id") UUID id,
                                          @PathParam("number") @Min(1) @Max(100000) int number) {
        return Views.DraftVersionView.of(drafts.version(id, number, caller.get()), attachments.ofDraft(id, number));
    }

    @GET
    @Path("/drafts/{number}/reviewed")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Operation(operationId = "getReviewedDraft",
            summary = "The version as reviewed that came back with the return of draft version n, and what the "
            + "reviewers changed in it, field by field, against the version the pelaksana submitted")
    public Views.ReviewedView reviewed(@PathParam("id") UUID id,
                                       @PathParam("number") @Min(1) @Max(100000) int number) {
        return Views.ReviewedView.of(drafts.reviewed(id, number, caller.get()));
    }
}
