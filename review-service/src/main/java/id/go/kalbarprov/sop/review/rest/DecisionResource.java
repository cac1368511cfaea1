package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.ReviewActions;
import id.go.kalbarprov.sop.review.service.command.Decide;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

/** The current level's decision: approve (paraf at 5 and 6, signature at 7) or return one level down. */
@Path("/api/v1/reviews/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class DecisionResource {

    @Inject
    ReviewActions actions;

    @Inject
    CurrentCaller caller;

    @Inject
    TaskDeadlines deadlines;

    @POST
    @RolesAllowed({Roles.KASUBBAG, Roles.KABAG, Roles.KARO})
    @Idempotent
    @Operation(operationId = "decideReview",
            summary = "Approve or return (with a reason) the current version, at the current level; at level 7 "
            + "the Karo may instead close the case as NO_CORRECTION (with a reason: final, sealed, no document number)",
            description = "403 for a role that is not the current level's, or for a person who already acted at "
                    + "another level; 409 when the version is stale, the level already decided, or the review "
                    + "is not in review.")
    @APIResponse(responseCode = "201", description = "Decided: the act, the seal it made (if any) and the review after it",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DecisionView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Decide.class),
            examples = @ExampleObject(name = "return_at_level_5", summary = "The Kasubbag returns version 1 to the pelaksana",
                    value = Examples.RETURN_AT_LEVEL_5)))
    public Response decide(@PathParam("id") UUID id,
                           @Parameter(description = "Makes a retry safe: the first answer is returned again")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Valid @NotNull Decide decision) {
        ReviewActions.Decided decided = actions.decide(id, decision, caller.get());
        Views.DecisionView body = new Views.DecisionView(Views.ActView.of(decided.act()),
                decided.seal() == null ? null : Views.SealView.of(decided.seal()),
                Views.ReviewSummary.of(decided.review(), decided.openTask(), deadlines));
        return Response.created(URI.create("/api/v1/reviews/" + id)).entity(body).build();
    }
}
