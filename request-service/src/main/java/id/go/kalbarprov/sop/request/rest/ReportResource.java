package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.report.CsvTable;
import id.go.kalbarprov.sop.platform.report.ReportScope;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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

    static final String SERVICE = "request-service";
    static final int MAX_CASES = 1000;
    /** The cases a unit took part in: it submitted rows to them. */
    static final String UNIT_CASES = "SELECT case_id FROM submission WHERE unit_code = :unit";
    static final String WORKING_MINUTES = "Working minutes count office hours only (the working calendar, "
            + "GET /api/v1/calendar): a step's clock runs from when its role could act until it is done; a "
            + "reassignment does not restart it, new material (a reopened collection forwarded again) does. "
            + "As CSV with Accept: text/csv.";
    static final List<TableWorkbook.Column> CASE_COLUMNS = List.of(
            new TableWorkbook.Column("Kasus", "Case", TableWorkbook.Kind.TEXT),
            new TableWorkbook.Column("Putaran", "Round", TableWorkbook.Kind.INTEGER),
            new TableWorkbook.Column("Menit kerja", "Working minutes", TableWorkbook.Kind.DECIMAL),
            new TableWorkbook.Column("Standar (menit)", "Standard (minutes)", TableWorkbook.Kind.INTEGER),
            new TableWorkbook.Column("Melampaui standar", "Breached", TableWorkbook.Kind.TEXT),
            new TableWorkbook.Column("Total kasus (menit)", "Case total (minutes)", TableWorkbook.Kind.DECIMAL),
            new TableWorkbook.Column("Nota Dinas (menit)", "Nota Dinas (minutes)", TableWorkbook.Kind.DECIMAL));

    @Inject
    ServiceLevels serviceLevels;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX, CsvTable.CSV})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @APIResponse(responseCode = "200", description = "The report; as a spreadsheet (one row per step) with Accept: "
            + Spreadsheets.XLSX, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ServiceLevels.Report.class)),
                @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = Spreadsheets.MAX_DOWNLOAD_BYTES)),
                @Content(mediaType = CsvTable.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = Spreadsheets.MAX_DOWNLOAD_BYTES))})
    @Operation(operationId = "getRequestServiceLevelReport",
            summary = "Per step 1–10 (5–10 as review and archive reported them): count, median and p90 working minutes against the standard, breaches",
            description = WORKING_MINUTES)
    public Response get(@Context HttpHeaders headers,
                        @Parameter(description = "ISO date or instant; default 30 days ago") @QueryParam("from") String from,
                        @Parameter(description = "ISO date (exclusive) or instant; default now") @QueryParam("to") String to,
                        @Parameter(description = "Only tasks done by this officer (login)") @QueryParam("officer") String officer,
                        @Parameter(description = "Only cases this unit submitted to") @QueryParam("unit") String unit) {
        return ServiceLevelSheet.answer(SERVICE, ReportScope.of(from, to, officer, unit),
                scope -> serviceLevels.perStep(scope, UNIT_CASES), headers);
    }

    @GET
    @Path("/cases")
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX, CsvTable.CSV})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @APIResponse(responseCode = "200", description = "Per case; as a spreadsheet or CSV (one row per round)", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseReport.class)),
                @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = Spreadsheets.MAX_DOWNLOAD_BYTES)),
                @Content(mediaType = CsvTable.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = Spreadsheets.MAX_DOWNLOAD_BYTES))})
    @Operation(operationId = "getServiceLevelPerCase",
            summary = "Per case: working minutes of steps 1–10 against the SOP's 110 minutes, per round when the "
            + "case was returned, the Nota Dinas beside", description = WORKING_MINUTES)
    public Response perCase(@Context HttpHeaders headers,
                            @Parameter(description = "ISO date or instant; default 30 days ago") @QueryParam("from") String from,
                            @Parameter(description = "ISO date (exclusive) or instant; default now") @QueryParam("to") String to,
                            @Parameter(description = "Only cases with a task done by this officer (login)") @QueryParam("officer") String officer,
                            @Parameter(description = "Only cases this unit submitted to") @QueryParam("unit") String unit) {
        ReportScope scope = ReportScope.of(from, to, officer, unit);
        List<ServiceLevels.CaseLevel> cases = serviceLevels.perCase(scope, UNIT_CASES, "t.kind = 'MEMO'", MAX_CASES);
        List<List<?>> rows = cases.stream().flatMap(c -> c.rounds().stream().<List<?>>map(r -> Arrays.asList(
                c.caseId().toString(), r.round(), r.workingMinutes(), c.standardMinutes(), r.breached() ? "yes" : "no",
                c.workingMinutes(), c.memoMinutes()))).toList();
        return ServiceLevelSheet.answer(SERVICE, scope.period(), CASE_COLUMNS, rows, headers,
                () -> new CaseReport(scope.period().from(), scope.period().to(), ServiceLevels.ONE_PASS_MINUTES,
                        cases.size() == MAX_CASES, cases));
    }

    /** The report per case: the cases finished last first, at most {@code MAX_CASES} ({@code truncated}). */
    public record CaseReport(Instant from, Instant to, int standardMinutes, boolean truncated,
                             @Schema(maxItems = MAX_CASES) List<ServiceLevels.CaseLevel> cases) {
    }
}
