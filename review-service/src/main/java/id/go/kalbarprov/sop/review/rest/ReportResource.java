package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mutu Baku: actual time per level of the review chain against the SOP's standard. */
@Path("/api/v1/reports/service-level")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Service level per SOP step")
public class ReportResource {

    /** Western Indonesia Time: the bureau's calendar (West Kalimantan). */
    static final ZoneId WIB = ZoneId.of("Asia/Pontianak");

    @Inject
    ServiceLevelReport report;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(summary = "Per step 5–7: turns done, median and p90 actual minutes against the standard, breaches, "
            + "returns")
    public Report get(@Parameter(description = "ISO date (WIB) or instant; default 30 days ago") @QueryParam("from") String from,
                      @Parameter(description = "ISO date (WIB, exclusive) or instant; default now") @QueryParam("to") String to) {
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minusSeconds(30L * 24 * 3600) : instant("from", from);
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "period-range");
        }
        return new Report(start, end, report.between(start, end));
    }

    private static Instant instant(String name, String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(WIB).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "invalid-parameter", name, "use 2026-01-31 or 2026-01-31T00:00:00Z");
        }
    }

    public record Report(Instant from, Instant to, List<ServiceLevelReport.StepLevel> steps) {
    }
}
