package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.archive.service.DocumentVerification;
import id.go.kalbarprov.sop.platform.document.IndonesianDates;
import id.go.kalbarprov.sop.platform.document.Letterhead;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public verification of a signed correction, the address its QR code and footer print. Open without a login,
 * so it answers only by the document's random verification id (128 bits: not guessable, not derived from the case or
 * the number), never lists, answers an unknown and a malformed id alike (404), and is limited in rate per client.
 */
@Path("/api/v1/verifications/{verificationId}")
@Tag(name = "Verification", description = "Public verification of a printed signed correction")
public class VerificationResource {

    static final String PATH = "/api/v1/verifications";

    @Inject
    DocumentVerification verification;

    @Context
    HttpHeaders headers;

    @Inject
    Letterhead letterhead;

    /** The page a phone shows after scanning the QR code: the verdict first, in Indonesian and English. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Letterhead.Kop kop, DocumentVerification.Verified v, String date);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @PermitAll
    @SecurityRequirement(name = "none")
    @Operation(operationId = "verifyDocument",
            summary = "Check a printed signed correction by the id in its QR code (no login)",
            description = "Answers the document number and date, title, signer's name and post, the SHA-256 of the "
                    + "signed PDF and of the content, and whether the PDF's signature, the seals and the archive "
                    + "chain verify. Limited per client address (sop.rate-limit.public).")
    @APIResponse(responseCode = "200", description = "The document and its checks (JSON; a browser asking for "
            + "text/html first gets the same as a page)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentVerification.Verified.class)))
    @APIResponse(responseCode = "404", description = "No document has this verification id")
    public Response verify(@PathParam("verificationId") String verificationId) {
        boolean browser = !headers.getAcceptableMediaTypes().isEmpty()
                && MediaType.TEXT_HTML_TYPE.isCompatible(headers.getAcceptableMediaTypes().get(0))
                && !headers.getAcceptableMediaTypes().get(0).isWildcardType();
        return verification.verify(verificationId).map(found -> browser
                        ? Response.ok(Templates.page(letterhead.kop(), found,
                        IndonesianDates.date(found.documentDate())).render(), MediaType.TEXT_HTML_TYPE).build()
                        : Response.ok(found, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseThrow(() -> new ProblemException(CommonProblem.NOT_FOUND, "not-found", "Document",
                        "with this verification id"));
    }
}
