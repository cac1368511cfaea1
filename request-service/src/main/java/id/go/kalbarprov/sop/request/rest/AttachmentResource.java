package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.service.AttachmentService;
import id.go.kalbarprov.sop.request.service.command.UploadFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Files on a case, a unit's submission and the draft version being prepared. The body is the file itself; its type
 * is told from its bytes. Limit: sop.attachments.max-bytes (20 MB), of its own beside the JSON body limit.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments", description = "Files (PDF, PNG, JPEG, xlsx) on cases, submissions and draft versions")
public class AttachmentResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FILE_NAME = "X-File-Name";

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/cases/{id}/attachments")
    @Consumes({"application/pdf", "image/png", "image/jpeg", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA})
    @Idempotent
    @Operation(summary = "Add a file to the case (e.g. a unit's reply letter received on paper, before the reply is "
            + "entered on its behalf, which takes it)")
    public Response uploadToCase(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                 @Parameter(description = "The file's name") @QueryParam("name") @Size(max = 255) String name,
                                 @HeaderParam(FILE_NAME) @Size(max = 255) String headerName,
                                 @QueryParam("description") @Size(max = 500) String description, byte[] body) {
        return created(attachments.uploadToCase(id, file(body, name, headerName, description), caller.get()));
    }

    @POST
    @Path("/cases/{id}/submissions/{submissionId}/attachments")
    @Consumes({"application/pdf", "image/png", "image/jpeg", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.UNIT, Roles.PELAKSANA, Roles.KASUBBAG})
    @Idempotent
    @Operation(summary = "Add a file to a current submission: a unit to its own, the bureau to one it entered on a "
            + "unit's behalf; while the case collects replies")
    public Response uploadToSubmission(@PathParam("id") UUID id, @PathParam("submissionId") UUID submissionId,
                                       @HeaderParam("Idempotency-Key") String idempotencyKey,
                                       @QueryParam("name") @Size(max = 255) String name,
                                       @HeaderParam(FILE_NAME) @Size(max = 255) String headerName,
                                       @QueryParam("description") @Size(max = 500) String description, byte[] body) {
        return created(attachments.uploadToSubmission(id, submissionId, file(body, name, headerName, description),
                caller.get()));
    }

    @POST
    @Path("/cases/{id}/drafts/{number}/attachments")
    @Consumes({"application/pdf", "image/png", "image/jpeg", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.PELAKSANA)
    @Idempotent
    @Operation(summary = "Add a file to the draft version being prepared (the next version number; the assigned "
            + "pelaksana); it is named with its SHA-256 in the version's content when submitted")
    public Response uploadToDraft(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(100000) int number,
                                  @HeaderParam("Idempotency-Key") String idempotencyKey,
                                  @QueryParam("name") @Size(max = 255) String name,
                                  @HeaderParam(FILE_NAME) @Size(max = 255) String headerName,
                                  @QueryParam("description") @Size(max = 500) String description, byte[] body) {
        return created(attachments.uploadToDraft(id, number, file(body, name, headerName, description),
                caller.get()));
    }

    @GET
    @Path("/cases/{id}/attachments")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(summary = "Every file of the case the caller may see, each with the document it belongs to "
            + "(a unit sees only its own submissions' files)")
    public List<Views.AttachmentView> list(@PathParam("id") UUID id) {
        return attachments.list(id, caller.get()).stream().map(Views.AttachmentView::of).toList();
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(summary = "Download a file, checked against its SHA-256 (the ETag); the same access as its document")
    public Response download(@PathParam("attachmentId") UUID attachmentId) {
        AttachmentService.Download found = attachments.download(attachmentId, caller.get());
        AttachmentEntity a = found.attachment();
        return Response.ok(found.bytes(), a.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + a.fileName.replace('"', '_')
                        .replaceAll("[^\\x20-\\x7E]", "_") + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(a.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .tag(new EntityTag(a.sha256)).build();
    }

    private static UploadFile file(byte[] body, String name, String headerName, String description) {
        return new UploadFile(body, name != null ? name : headerName, description);
    }

    private static Response created(AttachmentEntity a) {
        return Response.created(URI.create("/api/v1/attachments/" + a.id)).entity(Views.AttachmentView.of(a)).build();
    }
}
