package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.report.CsvTable;
import id.go.kalbarprov.sop.platform.report.ReportScope;
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
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX, CsvTable.CSV})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(operationId = "getArchiveServiceLevelReport",
            summary = "Per step 8–10: count, median and p90 working minutes against the standard, breaches",
            description = "Working minutes count office hours only (the working calendar copied from request-service): "
                    + "a step's clock runs from when its role could act until it is done; a reassignment does not "
                    + "restart it. As CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The report; as a spreadsheet (one row per step) with Accept: "
            + Spreadsheets.XLSX, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ServiceLevels.Report.class)),
                @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = CsvTable.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response get(@Parameter(description = "ISO date or instant; default 30 days ago") @QueryParam("from") String from,
                        @Parameter(description = "ISO date (exclusive) or instant; default now") @QueryParam("to") String to,
                        @Parameter(description = "Only tasks done by this officer (login)") @QueryParam("officer") String officer,
                        @Context HttpHeaders headers) {
        return ServiceLevelSheet.answer(SERVICE, ReportScope.of(from, to, officer, null),
                scope -> serviceLevels.perStep(scope, null), headers);
    }
}
