package id.go.kalbarprov.sop.review.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.kalbarprov.sop.review.service.DraftVersions;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.ReviewAccess;
import id.go.kalbarprov.sop.review.service.ReviewActions;
import id.go.kalbarprov.sop.review.service.Reviews;
import id.go.kalbarprov.sop.review.service.command.AmendDraft;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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

    @Inject
    Reviews reviews;

    @Inject
    ReviewAccess access;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listAmendments",
            summary = "The amendment history, oldest first: each amended version with its author, post, note "
            + "and the changes, field by field, against the version before")
    @APIResponse(responseCode = "200", description = "The amendments, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.AmendmentView.class, maxItems = DraftVersions.MAX_VERSIONS)))
    public List<Views.AmendmentView> history(@PathParam("id") UUID id) {
        access.readable(id, caller.get());
        return reviews.versions(id).stream().filter(v -> ReviewVersionEntity.AMENDED.equals(v.origin))
                .map(Views.AmendmentView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.KASUBBAG, Roles.KABAG, Roles.KARO})
    @Idempotent
    @Operation(operationId = "amendReview",
            summary = "Amend the draft at the current level (its role only): a new version with hash and diff",
            description = "baseVersion must be the current version (409 otherwise). Only the declared fields may be "
                    + "corrected: per row (rowId and unitCode as in the draft) target, actualCorrected, reason and "
                    + "reviewerNote; the draft's notes and conclusion. Decimals are JSON numbers or Indonesian text "
                    + "(\"1.234,5\"). Every achievement and its rating are recomputed under the draft's "
                    + "lower-is-better convention; identity and computed fields cannot be sent (400 naming the field).")
    @APIResponse(responseCode = "201", description = "Amended: the new version with its hash and diff",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.VersionView.class)))
    public Response amend(@PathParam("id") UUID id,
                          @Parameter(description = "Makes a retry safe: the first answer is returned again")
                          @HeaderParam("Idempotency-Key") String idempotencyKey,
                          @Valid @NotNull AmendDraft amendment) {
        ReviewVersionEntity version = actions.amend(id, amendment, caller.get());
        return Response.created(URI.create("/api/v1/reviews/" + id + "/versions/" + version.number))
                .entity(Views.VersionView.of(version)).build();
    }
}
