package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.rest.Paged;

import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.TaskInbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's inbox of open steps. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Open SOP steps for the caller, with due times")
public class TaskResource {

    @Inject
    TaskInbox inbox;

    @Inject
    CurrentCaller caller;

    @Inject
    TaskDeadlines deadlines;

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.UNIT})
    @Operation(operationId = "listMyTasks",
            summary = "My open tasks: those of my roles not held by someone, those assigned to me, and for a unit "
            + "its own (revised rows after collection was reopened for it); each with its working-time deadline "
            + "(dueAt), its urgency (ON_TIME, DUE_SOON, OVERDUE) and whether its case is past its due date with units "
            + "not replied (caseOverdue)")
    public Paged<Views.TaskView> mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        TaskInbox.TaskPage found = inbox.open(caller.get(), page, size);
        return new Paged<>(found.items().stream().map(t -> Views.TaskView.of(t, deadlines.of(t),
                found.overdueCases().contains(t.caseId))).toList(), page, size, found.total());
    }
}
