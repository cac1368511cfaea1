package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.report.ReportPeriod;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.ServiceLevelReport;
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

/** Mutu Baku: actual time per level of the review chain against the SOP's standard. */
@Path("/api/v1/reports/service-level")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Service level per SOP step")
public class ReportResource {

    @Inject
    ServiceLevelReport report;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(summary = "Per step 5–7: turns done, median and p90 actual minutes against the standard, breaches, "
            + "returns")
    public Report get(@Parameter(description = "ISO date (WIB) or instant; default 30 days ago") @QueryParam("from") String from,
                      @Parameter(description = "ISO date (WIB, exclusive) or instant; default now") @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.of(from, to);
        return new Report(period.from(), period.to(), report.between(period));
    }

    public record Report(Instant from, Instant to, List<ServiceLevelReport.StepLevel> steps) {
    }
}
