package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.rest.Paged;

import id.go.kalbarprov.sop.archive.domain.ClassificationCode;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.archive.service.ArchiveChain;
import id.go.kalbarprov.sop.archive.service.RecordSearch;
import id.go.kalbarprov.sop.archive.service.FullChainRuns;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.rest.ProblemResponses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.annotation.security.RolesAllowed;
import id.go.kalbarprov.sop.archive.service.SealChecks;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.EntityTag;
import id.go.kalbarprov.sop.platform.domain.ContentHash;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Filed archive records: search, one record, what retention has made due, and the integrity chain check. Every
 * reader sees metadata; the content only when the record's access class admits the reader's role.
 */
@Path("/api/v1/records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records", description = "The archive: filed records, retention and the integrity chain")
public class RecordResource {

    @Inject
    SealChecks sealChecks;

    @Inject
    RecordSearch search;

    @Inject
    ArchiveChain chain;

    @Inject
    CurrentCaller caller;

    @Inject
    FullChainRuns runs;

    @Context
    HttpHeaders headers;

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "listRecords", summary = "Search records (metadata), newest first",
            description = "A search with q counts its matches exactly up to " + Paged.SEARCH_TOTAL_CAP + " (then total is "
            + Paged.SEARCH_TOTAL_CAP + " and totalExact false): a text's matches are found by reading descriptions, "
            + "and counting to a hundred keeps the search as fast over a million records as over a thousand. Without "
            + "q the count is exact up to " + Paged.TOTAL_CAP + ".")
    public Paged<Views.RecordView> list(
            @QueryParam("caseId") UUID caseId,
            @Parameter(description = "A code finds its records and those of its sub-codes")
            @QueryParam("classificationCode") @Pattern(regexp = ClassificationCode.FORMAT) String classificationCode,
            @Parameter(description = "The performance year of the correction")
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Processing unit (unit pengolah)")
            @QueryParam("unit") @Size(max = 100) String unit,
            @Parameter(description = "Text in the description") @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        RecordSearch.RecordPage found = search.search(
                new RecordSearch.Criteria(caseId, classificationCode, year, unit, text), page, size);
        return page(found, page, size);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "getRecord", summary = "One record; its content if its access class admits the caller")
    public Views.RecordView get(@PathParam("id") UUID id) {
        ArchiveRecordEntity record = search.find(id);
        return Views.RecordView.of(record, caller.get(), true, sealChecks.of(record));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "getRecordPdf",
            summary = "The signed correction's PDF the record files, byte for byte as signed (PAdES, PDF/A-2b); "
            + "for the readers its access class admits")
    @APIResponse(responseCode = "200", description = "The signed PDF; the ETag is its SHA-256",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        byte[] pdf = search.filedPdf(id, caller.get());
        return Response.ok(pdf, "application/pdf").tag(new EntityTag(ContentHash.sha256(pdf)))
                .header("Content-Disposition", "attachment; filename=\"arsip-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/due")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "listDueRecords",
            summary = "Records whose retention date has come: final disposition (default) or move to inactive")
    public Paged<Views.RecordView> due(
            @Parameter(description = "DISPOSITION (default) or INACTIVE") @QueryParam("stage")
            @DefaultValue("DISPOSITION") RecordSearch.Stage stage,
            @Parameter(description = "ISO date; default today (WIB)") @QueryParam("on") String on,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        RecordSearch.RecordPage found = search.due(stage, date("on", on), page, size);
        return page(found, page, size);
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "verifyRecordChain",
            summary = "Walk the whole integrity chain and report the first broken link, if any",
            description = "Recomputes every record's hash from its stored facts and its content, checks that each "
                    + "record has a signature row naming its hash, and verifies the chain key's signature of the head "
                    + "and of every checkpoint: each record hash commits to its predecessor's, so the head's signature "
                    + "binds every record before it. When the head's signature fails, the first link whose signature "
                    + "fails is named. A record's own link signature is verified when that record is verified alone "
                    + "(a printed document's verification). One walk at a time across the service; its verdict is "
                    + "kept and read cheaply at GET /api/v1/records/verification/last.")
    @APIResponse(responseCode = "200", description = "The walk's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArchiveChain.Report.class)))
    @APIResponse(responseCode = "429", description = "A walk is already running; see Retry-After")
    public Response verify() {
        FullChainRuns.Result result = runs.run(caller.get().upn());
        // 429, not 409: nothing about the chain conflicts with the request; the service declines a second heavy walk
        // for now, and clients and proxies already honour Retry-After on 429.
        if (result.busy() != null) {
            Response refused = ProblemResponses.of(new ProblemException(ArchiveProblem.CHAIN_WALK_RUNNING,
                    "chain-walk-running", result.busy().retryAfterSeconds()), headers, "/api/v1/records/verification");
            return Response.fromResponse(refused).header("Retry-After", result.busy().retryAfterSeconds()).build();
        }
        return Response.ok(result.report(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/verification/last")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "getLastRecordChainVerification",
            summary = "The verdict of the last full walk of the integrity chain and when it finished")
    @APIResponse(responseCode = "404", description = "The chain has not been walked yet")
    @APIResponse(responseCode = "200", description = "The last walk's verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FullChainRuns.LastRun.class)))
    public FullChainRuns.LastRun lastVerification() {
        return runs.last().orElseThrow(() -> ProblemException.notFound("Full chain verification", "(none yet)"));
    }

    private Paged<Views.RecordView> page(RecordSearch.RecordPage found, int page, int size) {
        Caller reader = caller.get();
        return new Paged<>(found.items().stream().map(r -> Views.RecordView.of(r, reader, false)).toList(), page, size,
                found.total(), found.cap());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return OfficeTime.dateOf(Instant.now());
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "invalid-parameter", name, "use 2026-01-31");
        }
    }
}
