package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.archive.service.RetentionSchedule;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The retention schedule (Jadwal Retensi Arsip) as approved; its codes are the classification list records are filed
 * under. Lines are added and changed only through proposals ({@link RetentionProposalResource}).
 */
@Path("/api/v1/retention-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention schedule", description = "Classification codes with active/inactive years and final disposition")
public class RetentionScheduleResource {

    @Inject
    RetentionSchedule schedule;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "getRetentionSchedule",
            summary = "Every approved line of the schedule, by classification code")
    @APIResponse(responseCode = "200", description = "The schedule's lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = RetentionViews.RetentionRuleView.class, maxItems = RetentionSchedule.MAX_RULES)))
    public List<RetentionViews.RetentionRuleView> all() {
        return schedule.all().stream().map(RetentionViews.RetentionRuleView::of).toList();
    }

    @GET
    @Path("/minimums")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "getRetentionMinimums",
            summary = "Minimum retention (active + inactive years) of a rule that destroys records, per code")
    public RetentionViews.MinimumsView minimums() {
        return RetentionViews.MinimumsView.of(schedule.minimums());
    }
}
