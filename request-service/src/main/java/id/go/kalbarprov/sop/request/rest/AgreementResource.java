package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.rest.Spreadsheets;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.rest.Versions;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.config.AgreementsConfig;
import id.go.kalbarprov.sop.request.service.AgreementService;
import id.go.kalbarprov.sop.request.service.AgreementWorkbook;
import id.go.kalbarprov.sop.request.service.command.OpenCase;
import id.go.kalbarprov.sop.request.service.command.PutAgreement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** Performance agreements (Perjanjian Kinerja): reference data the units' submissions take their targets from. */
@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Performance agreements (Perjanjian Kinerja) per unit and year, with revisions")
public class AgreementResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgreementService agreements;

    @Inject
    AgreementsConfig config;

    @Inject
    CurrentCaller caller;

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putAgreement",
            summary = "State a unit's whole agreement for a year: the next revision (If-Match with the current "
            + "revision once one exists; the same agreement again changes nothing)")
    @APIResponse(responseCode = "201", description = "The first revision; ETag: its number",
            headers = {@Header(name = "ETag", ref = OpenApiProblems.ETAG), @Header(name = "Location", ref = OpenApiProblems.LOCATION)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)))
    @APIResponse(responseCode = "200", description = "The next revision (or the same, unchanged); ETag: its number",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response put(@PathParam("unitCode") @Pattern(regexp = OpenCase.UNIT_CODE) String unitCode,
                        @PathParam("year") @Min(2000) @Max(2100) int year,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull PutAgreement command) {
        AgreementService.Stored stored = agreements.put(unitCode, year, Versions.fromIfMatch(ifMatch), command,
                caller.get());
        Response.ResponseBuilder answer = stored.created()
                ? Response.created(URI.create("/api/v1/agreements/" + unitCode + "/" + year)) : Response.ok();
        return answer.entity(AgreementViews.AgreementView.of(stored.revision()))
                .tag(Versions.etag(stored.revision().agreement().revision)).build();
    }

    @GET
    @Path("/{unitCode}/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS,
        Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getAgreement",
            summary = "The current agreement; the ETag is its revision (a unit reads only its own)")
    @APIResponse(responseCode = "200", description = "The current revision; ETag: its number",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)))
    public Response current(@PathParam("unitCode") @Pattern(regexp = OpenCase.UNIT_CODE) String unitCode,
                            @PathParam("year") @Min(2000) @Max(2100) int year) {
        AgreementService.Revision current = agreements.current(unitCode, year, caller.get());
        return Response.ok(AgreementViews.AgreementView.of(current))
                .tag(Versions.etag(current.agreement().revision)).build();
    }

    @GET
    @Path("/{unitCode}/{year}/revisions")
    @RolesAllowed({Roles.ADMIN, Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS,
        Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "listAgreementRevisions",
            summary = "The agreement's revisions, newest first: who stated each, when and why")
    public Paged<AgreementViews.RevisionView> revisions(
            @PathParam("unitCode") @Pattern(regexp = OpenCase.UNIT_CODE) String unitCode,
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        AgreementService.RevisionPage found = agreements.revisions(unitCode, year, page, size, caller.get());
        return new Paged<>(found.items().stream().map(AgreementViews.RevisionView::of).toList(), page, size,
                found.total());
    }

    @GET
    @Path("/{unitCode}/{year}/revisions/{revision}")
    @RolesAllowed({Roles.ADMIN, Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS,
        Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getAgreementRevision", summary = "One revision of the agreement, as it was stated")
    @APIResponse(responseCode = "200", description = "That revision; ETag: its number",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)))
    public Response revision(@PathParam("unitCode") @Pattern(regexp = OpenCase.UNIT_CODE) String unitCode,
                             @PathParam("year") @Min(2000) @Max(2100) int year,
                             @PathParam("revision") @Min(1) @Max(1_000_000) int revision) {
        AgreementService.Revision found = agreements.revision(unitCode, year, revision, caller.get());
        return Response.ok(AgreementViews.AgreementView.of(found)).tag(Versions.etag(found.agreement().revision))
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD) // the bytes decide (an .xlsx), not the declared type
    @RolesAllowed(Roles.ADMIN)
    @Idempotent
    @Operation(operationId = "importAgreements",
            summary = "Import agreements from a spreadsheet (.xlsx, one sheet, the template's header row): each "
            + "unit and year in it becomes that agreement's next revision; all or nothing")
    @APIResponse(responseCode = "200", description = "Imported: the revisions stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.ImportView.class)))
    public Response importWorkbook(
            @Parameter(description = "Makes a retry safe: the first answer is returned again")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(description = "Why the agreements are (re)stated, kept with every revision", required = true)
            @QueryParam("reason") @NotBlank @Size(max = 2000) String reason,
            byte[] workbook) {
        long max = config.importing().maxBytes().asLongValue();
        if (workbook == null || workbook.length == 0) {
            throw ProblemException.invalid("body", "agreement-import-empty-body");
        }
        if (workbook.length > max) {
            throw new ProblemException(CommonProblem.PAYLOAD_TOO_LARGE, "payload-too-large", max);
        }
        var stored = agreements.importAll(AgreementWorkbook.read(workbook), reason.strip(), caller.get());
        return Response.ok(AgreementViews.ImportView.of(stored)).build();
    }

    @GET
    @Path("/template.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS,
        Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getAgreementTemplate", summary = "An empty import spreadsheet with the header row")
    @APIResponse(responseCode = "200", description = "The empty spreadsheet",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = Spreadsheets.MAX_DOWNLOAD_BYTES)))
    public Response template() {
        byte[] template = AgreementWorkbook.template();
        Spreadsheets.bounded(template);
        return Response.ok(template, XLSX)
                .header("Content-Disposition", "attachment; filename=\"agreements-template.xlsx\"").build();
    }
}
