package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.ReviewActions;
import id.go.kalbarprov.sop.review.service.command.AmendDraft;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Reviews and corrects": the current level amends the draft, making a new version. */
@Path("/api/v1/reviews/{id}/amendments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class AmendmentResource {

    @Inject
    ReviewActions actions;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.KASUBBAG, Roles.KABAG, Roles.KARO})
    @Idempotent
    @Operation(summary = "Amend the draft at the current level (its role only): a new version with hash and diff",
            description = "baseVersion must be the current version (409 otherwise); content is the whole "
                    + "corrected JSON object, stored in canonical form.")
    public Response amend(@PathParam("id") UUID id,
                          @Parameter(description = "Makes a retry safe: the first answer is returned again")
                          @HeaderParam("Idempotency-Key") String idempotencyKey,
                          @Valid @NotNull AmendDraft amendment) {
        ReviewVersionEntity version = actions.amend(id, amendment, caller.get());
        return Response.created(URI.create("/api/v1/reviews/" + id + "/versions/" + version.number))
                .entity(Views.VersionView.of(version)).build();
    }
}
