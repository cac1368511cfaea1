package id.go.kalbarprov.sop.review.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import id.go.kalbarprov.sop.review.service.ReviewActions;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.review.service.ReviewAccess;
import id.go.kalbarprov.sop.review.service.Sealing;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seals of paraf and signature on a review, and their verification against the stored content. They name the
 * officials who initialled and signed (names, NIPs, posts): open to the officers of the bureau and the auditor as
 * {@link ReviewAccess} allows (a pelaksana only for the reviews of drafts they compiled), never to a unit, a token
 * carrying none of these roles (a user of another application of the IdP) or the {@code service} role.
 */
@Path("/api/v1/reviews/{id}/seals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seals", description = "Paraf and signature seals and their verification")
public class SealResource {

    @Inject
    ReviewAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    Sealing sealing;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listSeals",
            summary = "Every seal of the review, oldest first, with the exact statement that was signed")
    @APIResponse(responseCode = "200", description = "The seals, oldest first (one per act)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.SealView.class, maxItems = ReviewActions.MAX_ACTS)))
    public List<Views.SealView> seals(@PathParam("id") UUID id) {
        access.readable(id, caller.get());
        return sealing.seals(id).stream().map(Views.SealView::of).toList();
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "verifySeals",
            summary = "Each seal checked: the stored content still hashes to the sealed hash, and the "
            + "signature over the statement is valid")
    public Views.VerificationView verify(@PathParam("id") UUID id) {
        access.readable(id, caller.get());
        List<Views.SealCheckView> checks = sealing.verify(id).stream().map(Views.SealCheckView::of).toList();
        return new Views.VerificationView(id, checks.stream().allMatch(Views.SealCheckView::valid), checks);
    }
}
