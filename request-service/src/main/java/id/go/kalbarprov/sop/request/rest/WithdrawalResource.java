package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.rest.Versions;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.service.CaseOutcomes;
import id.go.kalbarprov.sop.request.service.command.WithdrawCase;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/** The Karo withdraws a case before signing (final state WITHDRAWN). */
@Path("/api/v1/cases/{id}/withdrawal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class WithdrawalResource {

    @Inject
    CaseOutcomes outcomes;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.KARO)
    @Idempotent
    @Operation(operationId = "withdrawCase",
            summary = "The Karo withdraws the case with a reason (OPEN, COLLECTING, FORWARDED, DRAFTING, REVISION)",
            description = "Every open task of the case closes, the timeline and the agenda book show the withdrawal; "
                    + "in REVISION the review waiting for the resubmission closes too. 409 with currentState and "
                    + "action: IN_REVIEW (withdraw in review-service: the answer names the review and its withdrawal "
                    + "endpoint), SIGNED or ARCHIVED (the signed correction stands), or already ended.")
    @APIResponse(responseCode = "200", description = "Withdrawn: the case; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CaseView.class)))
    public Response withdraw(@PathParam("id") UUID id,
                             @Parameter(description = "Makes a retry safe: the first answer is returned again")
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @Valid @NotNull WithdrawCase command) {
        CaseEntity withdrawn = outcomes.withdraw(id, command, caller.get());
        return Response.ok(Views.CaseView.of(withdrawn)).tag(Versions.etag(withdrawn.version)).build();
    }
}
