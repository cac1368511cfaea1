package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.LateUnitReminders;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The units that have not replied by the case's due date. */
@Path("/api/v1/cases/{id}/late-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Performance data correction cases (SOP 45 steps 1–3)")
public class LateUnitResource {

    @Inject
    LateUnitReminders reminders;

    @Inject
    CurrentCaller caller;

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(operationId = "listLateUnits",
            summary = "The case's deadline for the units' replies (its due date, ending at the close of that "
            + "office day, WIB) and the target units that have not replied once it has passed, with the reminder "
            + "memos sent to each")
    public Views.LateUnitsView late(@PathParam("id") UUID id) {
        LateUnitReminders.Overdue found = reminders.late(id, caller.get());
        List<Views.LateUnitView> late = found.units().stream().map(u -> new Views.LateUnitView(u.code(), u.name(),
                u.headPost(), u.reminders(), u.lastReminderNumber(), u.lastRemindedAt())).toList();
        return new Views.LateUnitsView(id, found.c().state, found.c().dueDate, found.late().dueAt(),
                found.late().pastDue(), late);
    }
}
