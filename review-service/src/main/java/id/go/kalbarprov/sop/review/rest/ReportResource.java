package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.platform.report.CsvTable;
import id.go.kalbarprov.sop.platform.report.ReportScope;
import id.go.kalbarprov.sop.platform.report.ServiceLevelSheet;
import id.go.kalbarprov.sop.platform.rest.Spreadsheets;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook;
import id.go.kalbarprov.sop.review.service.ServiceLevelReport;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mutu Baku: actual time per level of the review chain against the SOP's standard. */
@Path("/api/v1/reports/service-level")
@Tag(name = "Reports", description = "Service level per SOP step")
public class ReportResource {

    static final String SERVICE = "review-service";
    private static final List<TableWorkbook.Column> COLUMNS = List.of(ServiceLevelSheet.STEP,
            new TableWorkbook.Column("Peran", "Role", TableWorkbook.Kind.TEXT),
            new TableWorkbook.Column("Jabatan", "Post", TableWorkbook.Kind.TEXT), ServiceLevelSheet.COUNT,
            ServiceLevelSheet.MEDIAN, ServiceLevelSheet.P90, ServiceLevelSheet.STANDARD, ServiceLevelSheet.BREACHES,
            new TableWorkbook.Column("Dikembalikan", "Returns", TableWorkbook.Kind.INTEGER));

    @Inject
    ServiceLevelReport report;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX, CsvTable.CSV})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.AUDITOR})
    @Operation(operationId = "getReviewServiceLevelReport",
            summary = "Per step 5–7: turns done, median and p90 working minutes against the standard, breaches, "
            + "returns", description = "Working minutes count office hours only (the working calendar copied from "
            + "request-service): a turn's clock runs from when its level could act until it decided. As CSV with "
            + "Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The report; as a spreadsheet (one row per step) with Accept: "
            + Spreadsheets.XLSX, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = CsvTable.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response get(@Parameter(description = "ISO date (WIB) or instant; default 30 days ago") @QueryParam("from") String from,
                        @Parameter(description = "ISO date (WIB, exclusive) or instant; default now") @QueryParam("to") String to,
                        @Parameter(description = "Only turns decided by this officer (login)") @QueryParam("officer") String officer,
                        @Context HttpHeaders headers) {
        ReportScope scope = ReportScope.of(from, to, officer, null);
        List<ServiceLevelReport.StepLevel> steps = report.between(scope);
        List<List<?>> rows = steps.stream().<List<?>>map(s -> java.util.Arrays.asList(s.step(), s.actorRole(),
                s.post(), s.count(), s.medianMinutes(), s.p90Minutes(), s.standardMinutes(), s.breaches(),
                s.returns())).toList();
        return ServiceLevelSheet.answer(SERVICE, scope.period(), COLUMNS, rows, headers,
                () -> new Report(scope.period().from(), scope.period().to(), steps));
    }

    public record Report(Instant from, Instant to,
                         @Schema(maxItems = Level.COUNT) List<ServiceLevelReport.StepLevel> steps) {
    }
}
