package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.persistence.AttachmentEntity;
import id.go.kalbarprov.sop.request.service.AttachmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/** Downloading a file, checked against its SHA-256; the access of its document. Uploads: sop.attachments.max-bytes (20 MB), a body limit of their own beside the JSON one. */
@Path("/api/v1/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments", description = "Files (PDF, PNG, JPEG, xlsx) on cases, submissions and draft versions")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "downloadAttachment",
            summary = "Download a file, checked against its SHA-256 (the ETag); the same access as its document")
    @APIResponse(responseCode = "200", description = "The file's bytes, in its media type; ETag: its SHA-256",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = AttachmentService.LARGEST_FILE)))
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

}
