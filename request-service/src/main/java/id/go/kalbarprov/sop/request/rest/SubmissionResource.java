package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.rest.ProblemResponses;
import id.go.kalbarprov.sop.platform.rest.Spreadsheets;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.SubmissionService;
import id.go.kalbarprov.sop.request.service.WorkbookSubmissions;
import id.go.kalbarprov.sop.request.service.command.OpenCase;
import id.go.kalbarprov.sop.request.service.command.SubmitOnBehalf;
import id.go.kalbarprov.sop.request.service.command.SubmitRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

/** Units' corrected indicator rows. */
@Path("/api/v1/cases/{id}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Corrected indicator rows submitted by the addressed units")
public class SubmissionResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    SubmissionService submissions;

    @Inject
    WorkbookSubmissions workbooks;

    @Inject
    CurrentCaller caller;

    /** The request's headers (for the language of the violations); a field, so a retry's parameters hash alike. */
    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(Roles.UNIT)
    @Idempotent
    @Operation(operationId = "submitUnitInput",
            summary = "Submit the caller's unit's corrected rows; a resubmission supersedes the earlier one")
    @APIResponse(responseCode = "201", description = "Submitted: the unit's submission and its rows",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.SubmissionView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitRows.class),
            examples = @ExampleObject(name = "submit_rows", summary = "DINKES replies with its corrected row",
                    value = Examples.SUBMIT_ROWS)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Valid @NotNull SubmitRows command) {
        SubmissionService.Submitted done = submissions.submit(id, command, caller.get());
        return Response.created(URI.create("/api/v1/cases/" + id + "/submissions?unit=" + done.submission().unitCode))
                .entity(Views.SubmissionView.of(done.submission(), done.rows(), done.attachments())).build();
    }

    @POST
    @Path("/on-behalf")
    @RolesAllowed({Roles.PELAKSANA, Roles.KASUBBAG})
    @Idempotent
    @Operation(operationId = "submitUnitInputOnBehalf",
            summary = "Enter a unit's reply received on paper or by e-mail, for that unit (pelaksana or Kasubbag, "
            + "while the case collects replies): its letter's number, date and file (uploaded first to "
            + "/api/v1/cases/{id}/attachments), and its rows as the unit would send them")
    @APIResponse(responseCode = "201", description = "Entered: the unit's submission and its rows",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.SubmissionView.class)))
    public Response submitOnBehalf(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                   @Valid @NotNull SubmitOnBehalf command) {
        SubmissionService.Submitted done = submissions.submitOnBehalf(id, command, caller.get());
        return Response.created(URI.create("/api/v1/cases/" + id + "/submissions?unit=" + done.submission().unitCode))
                .entity(Views.SubmissionView.of(done.submission(), done.rows(), done.attachments())).build();
    }

    @GET
    @Path("/template")
    @Produces(Uploads.XLSX)
    @RolesAllowed({Roles.UNIT, Roles.PELAKSANA, Roles.KASUBBAG})
    @Operation(operationId = "getSubmissionTemplate",
            summary = "The unit's indicator table for this case as a spreadsheet to fill in and upload to "
            + "/submissions/workbook: the agreement's indicators with their targets for the case's period; a unit "
            + "gets its own, a pelaksana or the Kasubbag entering a reply the one named in unitCode")
    @APIResponse(responseCode = "200", description = "The template (.xlsx)",
            content = @Content(mediaType = Uploads.XLSX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = Spreadsheets.MAX_DOWNLOAD_BYTES)))
    public Response template(@PathParam("id") UUID id,
                             @Parameter(description = "The unit whose reply is entered (pelaksana, Kasubbag); a "
                                     + "unit may only name its own")
                             @QueryParam("unitCode") @Pattern(regexp = OpenCase.UNIT_CODE) String unitCode) {
        WorkbookSubmissions.Download template = workbooks.template(id, unitCode, caller.get());
        return Spreadsheets.attachment(template.workbook(), template.fileName());
    }

    @POST
    @Path("/workbook")
    @Consumes(MediaType.WILDCARD) // the bytes decide (an .xlsx), not the declared type
    @RolesAllowed({Roles.UNIT, Roles.PELAKSANA, Roles.KASUBBAG})
    @Idempotent
    @Operation(operationId = "submitUnitWorkbook",
            summary = "Submit the filled-in template (.xlsx body, from /submissions/template): recorded as the "
            + "unit's submission exactly as the JSON one, every rule included. A pelaksana or the Kasubbag enters a "
            + "reply on a unit's behalf with the letter's details as query parameters, as for /submissions/on-behalf. "
            + "A bad cell, or a template of another case or unit, is a 422 naming every bad cell (Indikator!F7); "
            + "nothing is stored")
    @RequestBody(content = @Content(mediaType = Uploads.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The unit's submission, as the JSON one answers it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.SubmissionView.class)))
    @APIResponse(responseCode = "422", description = "Bad cells, or a template of another case or unit: "
            + "WORKBOOK_INVALID with a violation per cell (field Indikator!F7); nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "Above sop.submissions.workbook.max-bytes (2 MB by default)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The body is not an .xlsx workbook (told from its bytes)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response submitWorkbook(
            @PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @QueryParam("note") @Size(max = 2000) String note,
            @Parameter(description = "On behalf: the unit whose reply this is (a unit may only name its own)")
            @QueryParam("unitCode") @Pattern(regexp = OpenCase.UNIT_CODE) String unitCode,
            @Parameter(description = "On behalf: the reply letter's number")
            @QueryParam("letterNumber") @Size(max = 100) String letterNumber,
            @Parameter(description = "On behalf: the reply letter's date")
            @QueryParam("letterDate") LocalDate letterDate,
            @Parameter(description = "On behalf: the reply letter's file, uploaded to this case first")
            @QueryParam("letterAttachmentId") UUID letterAttachmentId,
            @Parameter(description = "On behalf: enclosures that came on paper only")
            @QueryParam("attachments") @Min(0) @Max(10_000) Integer attachments,
            byte[] workbook) {
        SubmissionService.Submitted done = workbooks.upload(id, workbook, note, unitCode,
                new WorkbookSubmissions.Letter(letterNumber, letterDate, letterAttachmentId, attachments), caller.get(),
                ProblemResponses.preferredLocale(headers));
        return Response.created(URI.create("/api/v1/cases/" + id + "/submissions?unit=" + done.submission().unitCode))
                .type(MediaType.APPLICATION_JSON)
                .entity(Views.SubmissionView.of(done.submission(), done.rows(), done.attachments())).build();
    }

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "listSubmissions",
            summary = "Submissions of a case, earlier revisions included; a unit sees only its own")
    @APIResponse(responseCode = "200", description = "The replies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.SubmissionView.class, maxItems = Limits.TARGET_UNITS * SubmissionService.REVISIONS)))
    public List<Views.SubmissionView> list(@PathParam("id") UUID id, @QueryParam("unit") String unit) {
        return submissions.list(id, unit, caller.get()).stream()
                .map(s -> Views.SubmissionView.of(s.submission(), s.rows(), s.attachments())).toList();
    }
}
