package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.event.CaseWithdrawn;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.ReviewActions;
import id.go.kalbarprov.sop.review.service.Withdrawals;
import id.go.kalbarprov.sop.review.service.command.WithdrawReview;
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

/**
 * The Karo's withdrawal of a case before signing: here while its draft is in review; from request-service (a typed
 * handoff) when the case was withdrawn while the draft was back with the pelaksana.
 */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class WithdrawalResource {

    @Inject
    Withdrawals withdrawals;

    @Inject
    CurrentCaller caller;

    @Inject
    TaskDeadlines deadlines;

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.KARO)
    @Idempotent
    @Operation(operationId = "withdrawReview",
            summary = "The Karo withdraws the case in review, at any level, with a reason (final: WITHDRAWN)",
            description = "The open task closes, request-service ends the case (WITHDRAWN) and the withdrawal is "
                    + "registered in the agenda book. 409 with currentState and action when the review is not in "
                    + "review: signed or closed (final), or back with the pelaksana (withdraw it in request-service). "
                    + "Of a withdrawal and a signature at once exactly one succeeds; the other gets 409.")
    @APIResponse(responseCode = "201", description = "Withdrawn: the act and the review after it",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DecisionView.class)))
    public Response withdraw(@PathParam("id") UUID id,
                             @Parameter(description = "Makes a retry safe: the first answer is returned again")
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @Valid @NotNull WithdrawReview command) {
        ReviewActions.Decided withdrawn = withdrawals.withdraw(id, command, caller.get());
        Views.DecisionView body = new Views.DecisionView(Views.ActView.of(withdrawn.act()), null,
                Views.ReviewSummary.of(withdrawn.review(), withdrawn.openTask(), deadlines));
        return Response.created(URI.create("/api/v1/reviews/" + id)).entity(body).build();
    }

    @POST
    @Path("/case-withdrawals")
    @RolesAllowed(Roles.REQUEST_SERVICE)
    @Operation(operationId = "receiveCaseWithdrawal",
            summary = "From request-service: the Karo withdrew a case whose draft was back with the pelaksana; "
            + "its review closes (WITHDRAWN). Applied once per eventId")
    public Views.HandoffApplied caseWithdrawn(@Valid @NotNull CaseWithdrawn event) {
        return new Views.HandoffApplied(event.eventId(), withdrawals.caseWithdrawn(event));
    }
}
