package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.CorrectionPdfs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The performance data correction as the PDF officials print: the signed document once the Karo has signed (PDF/A-2b
 * with a PAdES signature and the verification QR code), the draft ("KONSEP") before. Readable by whoever may read the
 * review ({@code GET /api/v1/reviews/{id}}).
 */
@Path("/api/v1/reviews/{id}/pdf")
@Tag(name = "Reviews")
public class CorrectionPdfResource {

    public static final String PDF = "application/pdf";

    @Inject
    CurrentCaller caller;

    @Inject
    CorrectionPdfs pdfs;

    @GET
    @Produces(PDF)
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Operation(operationId = "getCorrectionPdf",
            summary = "The correction as PDF: the signed document (PAdES, PDF/A-2b) once signed, else the draft",
            description = "The ETag is the SHA-256 of the bytes; the header Signed-Document says whether this is the "
                    + "signed document (true) or the draft of the current version (false).")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = "Signed, and the signed PDF is being made at this moment "
            + "(code SIGNED_DOCUMENT_PENDING): ask again after Retry-After seconds; a draft is never served for a "
            + "signed correction",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response pdf(@PathParam("id") UUID id) {
        CorrectionPdfs.Pdf pdf = pdfs.of(id, caller.get());
        return Response.ok(pdf.bytes(), PDF).tag(new EntityTag(pdf.sha256()))
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Signed-Document", pdf.signed())
                .build();
    }
}
