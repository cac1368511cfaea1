package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.AttachmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/** Files on a unit's submission. */
@Path("/api/v1/cases/{id}/submissions/{submissionId}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments", description = "Files (PDF, PNG, JPEG, xlsx) on cases, submissions and draft versions")
public class SubmissionAttachmentResource {

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes({"application/pdf", "image/png", "image/jpeg", Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.UNIT, Roles.PELAKSANA, Roles.KASUBBAG})
    @Idempotent
    @Operation(operationId = "uploadSubmissionAttachment",
            summary = "Add a file to a current submission: a unit to its own, the bureau to one it entered on a "
            + "unit's behalf; while the case collects replies")
    @APIResponse(responseCode = "201", description = "Stored: the file's record with its SHA-256",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.AttachmentView.class)))
    public Response uploadToSubmission(@PathParam("id") UUID id, @PathParam("submissionId") UUID submissionId,
                                       @HeaderParam("Idempotency-Key") String idempotencyKey,
                                       @QueryParam("name") @Size(max = 255) String name,
                                       @HeaderParam(Uploads.FILE_NAME) @Size(max = 255) String headerName,
                                       @QueryParam("description") @Size(max = 500) String description, byte[] body) {
        return Uploads.created(attachments.uploadToSubmission(id, submissionId, Uploads.file(body, name, headerName, description),
                caller.get()));
    }

}
