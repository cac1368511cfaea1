package id.go.kalbarprov.sop.archive.rest;

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
import id.go.kalbarprov.sop.archive.client.ReviewKeyring;
import id.go.kalbarprov.sop.archive.outbox.ArchiveHandoffTypes;
import id.go.kalbarprov.sop.archive.persistence.QuarantinedArrivalEntity;
import id.go.kalbarprov.sop.archive.service.SealChecks;
import id.go.kalbarprov.sop.platform.rest.ProblemResponses;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/** Arrival of the signed correction from review-service, and the arrivals kept in quarantine because they did not verify. */
@Path("/api/v1/signed-corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signed corrections", description = "The CorrectionSigned handoff from review-service")
public class SignedCorrectionResource {

    private static final String PATH = "/api/v1/signed-corrections";

    @Inject
    ArrivalService arrivals;

    @Inject
    CurrentCaller caller;

    @Inject
    ReviewKeyring keys;

    @Inject
    SealChecks sealChecks;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(Roles.REVIEW_SERVICE)
    @Operation(operationId = "receiveSignedCorrection",
            summary = "Receive a signed correction; idempotent by eventId (and by caseId + version). It is verified "
            + "against review-service's keyring (GET /api/v1/seals/keys) and the seal chain rule before it becomes an "
            + "archive order")
    @APIResponse(responseCode = "201", description = "Received and verified: the new archive order, awaiting the "
            + "Kabag (step 8); the view shows each seal verified",
            headers = {@Header(name = "ETag", ref = OpenApiProblems.ETAG),
                @Header(name = "Location", ref = OpenApiProblems.LOCATION)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OrderView.class)))
    @APIResponse(responseCode = "200", description = "Already received: the same archive order",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OrderView.class)))
    @APIResponse(responseCode = "202", description = "Delivered but not verified: kept in quarantine with the reason "
            + "(code QUARANTINED; reason e.g. SEAL_SIGNATURE_INVALID, UNKNOWN_KEY, SEAL_MISSING_LEVEL, "
            + "AMENDMENT_NOT_SEALED, CONTENT_HASH_MISMATCH; quarantineId). Not to be sent again.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "review-service's keyring cannot be read now; nothing was "
            + "received: send again later")
    public Response receive(@Valid @NotNull CorrectionSigned correction) {
        Keyring keyring = keys.knowing(ArchiveHandoffTypes.keyIds(correction));
        ArrivalService.Arrival arrival = arrivals.receive(correction, caller.get(), keyring);
        if (arrival.quarantined() != null) {
            QuarantinedArrivalEntity kept = arrival.quarantined();
            return ProblemResponses.of(new ProblemException(ArchiveProblem.QUARANTINED, "quarantined", kept.reason,
                    kept.detail).with("quarantineId", kept.id.toString()).with("reason", kept.reason), headers, PATH);
        }
        Views.OrderView view = Views.OrderView.of(arrival.order(), caller.get(), false, null,
                sealChecks.of(arrival.order()));
        if (!arrival.created()) {
            return Response.ok(view).tag(Versions.etag(arrival.order().version)).build();
        }
        return Response.created(URI.create("/api/v1/archive-orders/" + arrival.order().id))
                .tag(Versions.etag(arrival.order().version)).entity(view).build();
    }

    @GET
    @Path("/quarantine")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "listQuarantine",
            summary = "Arrivals kept in quarantine because they did not verify (content, seals or their chain), "
            + "with the reason, newest first")
    public Paged<Views.QuarantineView> quarantine(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ArrivalService.QuarantinePage found = arrivals.quarantined(page, size);
        return new Paged<>(found.items().stream().map(Views.QuarantineView::of).toList(), page, size,
                found.total());
    }
}
