package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.report.ReportPeriod;
import id.go.kalbarprov.sop.platform.report.ServiceLevelSheet;
import id.go.kalbarprov.sop.platform.rest.Spreadsheets;
import id.go.kalbarprov.sop.platform.report.ServiceLevels;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mutu Baku: actual time per step against the SOP's standard. */
@Path("/api/v1/reports/service-level")
@Tag(name = "Reports", description = "Service level per SOP step")
public class ReportResource {

    static final String SERVICE = "archive-service";

    @Inject
    ServiceLevels serviceLevels;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(summary = "Per step 8–10: count, median and p90 actual minutes against the standard, breaches")
    @APIResponse(responseCode = "200", description = "The report; as a spreadsheet (one row per step) with Accept: "
            + Spreadsheets.XLSX, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ServiceLevels.Report.class)),
                @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@Parameter(description = "ISO date or instant; default 30 days ago") @QueryParam("from") String from,
                        @Parameter(description = "ISO date (exclusive) or instant; default now") @QueryParam("to") String to,
                        @Context HttpHeaders headers) {
        return ServiceLevelSheet.answer(SERVICE, ReportPeriod.of(from, to), serviceLevels::perStep, headers);
    }
}
