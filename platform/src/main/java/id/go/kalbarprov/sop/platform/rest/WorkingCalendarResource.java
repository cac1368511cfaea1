package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.calendar.WorkingCalendarStore;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which working calendar this service counts working time by: its fingerprint (equal in all three services when the
 * copies are current), where it came from and when it was stored — for operators and auditors comparing the services.
 */
@Path("/api/v1/working-calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Handoffs to the other services")
public class WorkingCalendarResource {

    @Inject
    WorkingCalendarStore store;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getWorkingCalendar",
            summary = "The working calendar in force here: fingerprint, source (request-service or configuration), when stored")
    public WorkingCalendarStore.InForce inForce() {
        return store.inForce();
    }
}
