package id.go.kalbarprov.sop.request.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.AttachmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** The case's files: the bureau's own, and every file of the case with the document it belongs to. */
@Path("/api/v1/cases/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments", description = "Files (PDF, PNG, JPEG, xlsx) on cases, submissions and draft versions")
public class CaseAttachmentResource {

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes({"application/pdf", "image/png", "image/jpeg", Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA})
    @Idempotent
    @Operation(operationId = "uploadCaseAttachment",
            summary = "Add a file to the case (e.g. a unit's reply letter received on paper, before the reply is "
            + "entered on its behalf, which takes it)")
    @APIResponse(responseCode = "201", description = "Stored: the file's record with its SHA-256",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.AttachmentView.class)))
    public Response uploadToCase(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                 @Parameter(description = "The file's name") @QueryParam("name") @Size(max = 255) String name,
                                 @HeaderParam(Uploads.FILE_NAME) @Size(max = 255) String headerName,
                                 @QueryParam("description") @Size(max = 500) String description, byte[] body) {
        return Uploads.created(attachments.uploadToCase(id, Uploads.file(body, name, headerName, description), caller.get()));
    }

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "listCaseAttachments",
            summary = "Every file of the case the caller may see, each with the document it belongs to "
            + "(a unit sees only its own submissions' files)")
    @APIResponse(responseCode = "200", description = "The files",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.AttachmentView.class, maxItems = AttachmentService.PER_CASE)))
    public List<Views.AttachmentView> list(@PathParam("id") UUID id) {
        return attachments.list(id, caller.get()).stream().map(Views.AttachmentView::of).toList();
    }

}
