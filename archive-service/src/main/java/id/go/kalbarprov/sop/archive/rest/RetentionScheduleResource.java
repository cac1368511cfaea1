package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.archive.persistence.RetentionRuleEntity;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.archive.service.RetentionSchedule;
import id.go.kalbarprov.sop.archive.service.command.AddRetentionRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention schedule (Jadwal Retensi Arsip); its codes are the classification list records are filed under. */
@Path("/api/v1/retention-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention schedule", description = "Classification codes with active/inactive years and final disposition")
public class RetentionScheduleResource {

    @Inject
    RetentionSchedule schedule;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(summary = "Every line of the schedule, by classification code")
    public List<Views.RetentionRuleView> all() {
        return schedule.all().stream().map(Views.RetentionRuleView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ARSIPARIS)
    @Idempotent
    @Operation(summary = "Add a classification code with its retention; an existing code is not changed (409)")
    public Response add(@HeaderParam("Idempotency-Key") String idempotencyKey,
                        @Valid @NotNull AddRetentionRule command) {
        RetentionRuleEntity added = schedule.add(command, caller.get());
        return Response.created(URI.create("/api/v1/retention-schedule"))
                .entity(Views.RetentionRuleView.of(added)).build();
    }
}
