package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.report.ReportPeriod;
import id.go.kalbarprov.sop.platform.report.ServiceLevels;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mutu Baku: actual time per step against the SOP's standard. */
@Path("/api/v1/reports/service-level")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Service level per SOP step")
public class ReportResource {

    @Inject
    ServiceLevels serviceLevels;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(summary = "Per step 1–10 (5–10 as review and archive reported them): count, median and p90 actual minutes against the standard, breaches")
    public Report get(@Parameter(description = "ISO date or instant; default 30 days ago") @QueryParam("from") String from,
                      @Parameter(description = "ISO date (exclusive) or instant; default now") @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.of(from, to);
        return new Report(period.from(), period.to(), serviceLevels.perStep(period));
    }

    public record Report(Instant from, Instant to, List<ServiceLevels.StepLevel> steps) {
    }
}
