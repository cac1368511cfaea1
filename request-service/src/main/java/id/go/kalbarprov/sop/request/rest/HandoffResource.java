package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.platform.security.ServiceIdentity;
import id.go.kalbarprov.sop.request.service.DraftService;
import id.go.kalbarprov.sop.request.service.StatusService;
import id.go.kalbarprov.sop.platform.event.DraftReturned;
import id.go.kalbarprov.sop.platform.event.CaseStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Handoffs from review-service and archive-service to this service, each accepted from the service that sends it
 * only: returns from review-service; a step's report from the service that owns the step.
 */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs", description = "Events from the other services (each from its sending service only)")
public class HandoffResource {

    @Inject
    DraftService drafts;

    @Inject
    StatusService statuses;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/returns")
    @RolesAllowed(Roles.REVIEW_SERVICE)
    @Operation(operationId = "receiveReturnedDraft",
            summary = "Level 5 returned the draft to the pelaksana for revision (applied once per eventId)")
    public Applied receive(@PathParam("id") UUID id, @Valid @NotNull DraftReturned command) {
        return new Applied(command.eventId(), drafts.receiveReturn(id, command));
    }

    @POST
    @Path("/status-events")
    @RolesAllowed({Roles.REVIEW_SERVICE, Roles.ARCHIVE_SERVICE})
    @Operation(operationId = "receiveStatusEvent",
            summary = "A step of review or archive (5–10) was done; SIGNED and ARCHIVED move the case",
            description = "Steps 5–7 and SIGNED from review-service only, steps 8–10 and ARCHIVED from archive-service "
                    + "only (403 otherwise)")
    public Applied status(@PathParam("id") UUID id, @Valid @NotNull CaseStatus event) {
        ServiceIdentity.require(caller.get(), event.sender());
        return new Applied(event.eventId(), statuses.apply(id, event));
    }

    /** Whether this delivery changed anything, or was a repeat of one already applied. */
    public record Applied(UUID eventId, boolean applied) {
    }
}
