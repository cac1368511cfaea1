package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.rest.Versions;

import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.archive.service.ArrivalService;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Arrival of the signed correction from review-service, and the arrivals refused for a hash mismatch. */
@Path("/api/v1/signed-corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signed corrections", description = "The CorrectionSigned handoff from review-service")
public class SignedCorrectionResource {

    @Inject
    ArrivalService arrivals;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.REVIEW_SERVICE)
    @Operation(summary = "Receive a signed correction; idempotent by eventId (and by caseId + version)")
    @APIResponse(responseCode = "201", description = "Received: the new archive order, awaiting the Kabag (step 8)")
    @APIResponse(responseCode = "200", description = "Already received: the same archive order")
    @APIResponse(responseCode = "422", description = "Content does not match contentHash: refused and quarantined")
    public Response receive(@Valid @NotNull CorrectionSigned correction) {
        ArrivalService.Arrival arrival = arrivals.receive(correction, caller.get());
        if (arrival.quarantined() != null) {
            throw new ProblemException(CommonProblem.CONTENT_HASH_MISMATCH, "content-hash-mismatch",
                    correction.contentHash(), arrival.quarantined().actualHash)
                    .with("quarantineId", arrival.quarantined().id.toString());
        }
        Views.OrderView view = Views.OrderView.of(arrival.order(), false);
        if (!arrival.created()) {
            return Response.ok(view).tag(Versions.etag(arrival.order().version)).build();
        }
        return Response.created(URI.create("/api/v1/archive-orders/" + arrival.order().id))
                .tag(Versions.etag(arrival.order().version)).entity(view).build();
    }

    @GET
    @Path("/quarantine")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(summary = "Arrivals refused because their content did not match their hash, newest first")
    public Paged<Views.QuarantineView> quarantine(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ArrivalService.QuarantinePage found = arrivals.quarantined(page, size);
        return new Paged<>(found.items().stream().map(Views.QuarantineView::of).toList(), page, size,
                found.total());
    }
}
