package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.rest.Versions;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.LetterService;
import id.go.kalbarprov.sop.request.service.MemoService;
import id.go.kalbarprov.sop.request.service.command.IssueMemo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

/** The Nota Dinas of a case. */
@Path("/api/v1/cases/{id}/memo")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Memo", description = "Nota Dinas requesting the units' corrected data")
public class MemoResource {

    @Inject
    MemoService memos;

    @Inject
    CurrentCaller caller;

    @Inject
    LetterService letters;

    @POST
    @RolesAllowed(Roles.KABAG)
    @Idempotent
    @Operation(operationId = "issueMemo", summary = "Issue the numbered Nota Dinas to the case's target units")
    @APIResponse(responseCode = "201", description = "Issued: the numbered Nota Dinas",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.MemoView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IssueMemo.class),
            examples = @ExampleObject(name = "issue_memo", summary = "The Kabag asks the units for their data",
                    value = Examples.ISSUE_MEMO)))
    public Response issue(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IssueMemo command) {
        MemoEntity memo = memos.issue(id, Versions.fromIfMatch(ifMatch), command, caller.get());
        return Response.created(URI.create("/api/v1/cases/" + id + "/memo")).entity(Views.MemoView.of(memo)).build();
    }

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getMemo", summary = "The case's Nota Dinas")
    public Views.MemoView get(@PathParam("id") UUID id) {
        Caller reader = caller.get();
        MemoEntity memo = memos.memoOf(id, reader);
        return Views.MemoView.of(memo, reader).withPdf(letters.memoSha256(memo, reader).orElse(null));
    }

    @GET
    @Path("/pdf")
    @Produces({LetterPdfs.PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getMemoPdf",
            summary = "The Nota Dinas as an archival PDF (PDF/A-2b); the ETag is its SHA-256, recorded as "
            + "pdfSha256. The same access as the memo; a unit's copy carries no signer's NIP")
    @APIResponse(responseCode = "200", description = "The PDF, the same bytes on every request",
            content = @Content(mediaType = LetterPdfs.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = LetterService.LARGEST_PDF)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current PDF")
    public Response pdf(@PathParam("id") UUID id, @Context Request request) {
        return LetterPdfs.answer(letters.memo(id, caller.get()), request);
    }
}
