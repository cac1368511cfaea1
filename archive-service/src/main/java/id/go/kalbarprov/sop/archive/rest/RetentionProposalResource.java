package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.archive.domain.ClassificationCode;
import id.go.kalbarprov.sop.archive.domain.ProposalState;
import id.go.kalbarprov.sop.archive.persistence.RetentionProposalEntity;
import id.go.kalbarprov.sop.archive.service.RetentionProposals;
import id.go.kalbarprov.sop.archive.service.command.DecideProposal;
import id.go.kalbarprov.sop.archive.service.command.ProposeRetentionRule;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Retention rules need two people: the arsiparis proposes a new line of the schedule or a change, a Kasubbag TU
 * other than the proposer approves it (it applies from then) or rejects it with a reason.
 */
@Path("/api/v1/retention-schedule/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention schedule", description = "Classification codes with active/inactive years and final disposition")
public class RetentionProposalResource {

    private static final String RETRY = "Makes a retry safe: the first answer is returned again";

    @Inject
    RetentionProposals proposals;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "listRetentionProposals",
            summary = "Proposals, oldest first; with classificationCode, the history of that line")
    public Paged<RetentionViews.ProposalView> list(
            @QueryParam("state") ProposalState state,
            @QueryParam("classificationCode") @Pattern(regexp = ClassificationCode.FORMAT) String classificationCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        RetentionProposals.ProposalPage found = proposals.list(state, classificationCode, page, size);
        return new Paged<>(found.items().stream().map(RetentionViews.ProposalView::of).toList(), page, size,
                found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "getRetentionProposal", summary = "One proposal with its decision")
    public RetentionViews.ProposalView get(@PathParam("id") UUID id) {
        return RetentionViews.ProposalView.of(proposals.find(id));
    }

    @POST
    @RolesAllowed(Roles.ARSIPARIS)
    @Idempotent
    @Operation(operationId = "proposeRetentionLine",
            summary = "Propose a new line (no baseVersion) or a change of a line (its current version as "
            + "baseVersion); nothing applies until a Kasubbag TU approves it")
    @APIResponse(responseCode = "201", description = "Proposed (PENDING)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionViews.ProposalView.class)))
    public Response propose(@Parameter(description = RETRY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                            @Valid @NotNull ProposeRetentionRule command) {
        RetentionProposalEntity proposal = proposals.propose(command, caller.get());
        return Response.created(URI.create("/api/v1/retention-schedule/proposals/" + proposal.id))
                .entity(RetentionViews.ProposalView.of(proposal)).build();
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.KASUBBAG)
    @Idempotent
    @Operation(operationId = "approveRetentionProposal",
            summary = "Approve a pending proposal of someone else: the line applies from now")
    public RetentionViews.ProposalView approve(@PathParam("id") UUID id,
            @Parameter(description = RETRY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = false, description = "Optional: a note with the approval")
            @Valid DecideProposal.Approval command) {
        return RetentionViews.ProposalView.of(proposals.approve(id, command == null ? null : command.note(),
                caller.get()));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Roles.KASUBBAG)
    @Idempotent
    @Operation(operationId = "rejectRetentionProposal",
            summary = "Reject a pending proposal of someone else, with a reason: the schedule stays as it is")
    public RetentionViews.ProposalView reject(@PathParam("id") UUID id,
            @Parameter(description = RETRY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull DecideProposal.Rejection command) {
        return RetentionViews.ProposalView.of(proposals.reject(id, command.reason(), caller.get()));
    }
}
