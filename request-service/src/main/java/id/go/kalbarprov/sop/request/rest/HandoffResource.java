package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.security.Roles;
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

/** Handoffs from review-service and archive-service to this service. Callers hold the {@code service} role. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs", description = "Events from the other services (service callers only)")
public class HandoffResource {

    @Inject
    DraftService drafts;

    @Inject
    StatusService statuses;

    @POST
    @Path("/returns")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Level 5 returned the draft to the pelaksana for revision (applied once per eventId)")
    public Applied receive(@PathParam("id") UUID id, @Valid @NotNull DraftReturned command) {
        return new Applied(command.eventId(), drafts.receiveReturn(id, command));
    }

    @POST
    @Path("/status-events")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "A step of review or archive (5–10) was done; SIGNED and ARCHIVED move the case")
    public Applied status(@PathParam("id") UUID id, @Valid @NotNull CaseStatus event) {
        return new Applied(event.eventId(), statuses.apply(id, event));
    }

    /** Whether this delivery changed anything, or was a repeat of one already applied. */
    public record Applied(UUID eventId, boolean applied) {
    }
}
