package id.go.kalbarprov.sop.archive.rest;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.rest.Paged;

import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.archive.service.AgendaBook;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.rest.Spreadsheets;
import id.go.kalbarprov.sop.platform.sheet.TableWorkbook;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/** Buku Agenda: the services register the documents they handle; officers and the auditor read it. */
@Path("/api/v1/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda book", description = "Registry of every document passing between officers")
public class AgendaResource {

    @Inject
    AgendaBook agenda;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.REQUEST_SERVICE, Roles.REVIEW_SERVICE})
    @Operation(operationId = "registerAgendaDocument",
            summary = "Register a document; a repeat of the same sourceRef from the same service returns the same "
            + "entry", description = "The registering service (sourceService of the entry) is the caller's own")
    @APIResponse(responseCode = "201", description = "Registered, with its agenda number",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.AgendaEntryView.class)))
    @APIResponse(responseCode = "200", description = "Registered before: the same entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.AgendaEntryView.class)))
    public Response register(@Valid @NotNull AgendaRegistration document) {
        AgendaBook.Registration registration = agenda.register(document, caller.get().service(), caller.get().upn());
        Views.AgendaEntryView view = Views.AgendaEntryView.of(registration.entry());
        if (!registration.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/v1/agenda?year=" + view.year())).entity(view).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "listAgenda",
            summary = "The agenda book, newest first; filter by year, case, direction, text in subject or number. "
            + "A case's entries (caseId) come in the order of their documents' dates: the case's whole correspondence")
    @APIResponse(responseCode = "200", description = "A page of the book; with Accept: " + Spreadsheets.XLSX + " the "
            + "year's whole book (year: this year unless given) in book order, page and size ignored, the same filters",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaPage.class)),
                @Content(mediaType = Spreadsheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                             @QueryParam("caseId") UUID caseId,
                                             @QueryParam("direction") AgendaDirection direction,
                                             @QueryParam("q") @Size(max = 200) String text,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Limits.PAGE_ITEMS) int size,
                                             @Context HttpHeaders headers) {
        if (Spreadsheets.wanted(headers)) {
            int bookYear = year != null ? year : OfficeTime.yearOf(Instant.now());
            List<Views.AgendaEntryView> entries = agenda.book(bookYear, caseId, direction, text, TableWorkbook.MAX_ROWS)
                    .orElseThrow(() -> ProblemException.rule("agenda-export-too-large", TableWorkbook.MAX_ROWS))
                    .stream().map(Views.AgendaEntryView::of).toList();
            return Spreadsheets.attachment(AgendaSheet.of(bookYear, entries), AgendaSheet.fileName(bookYear));
        }
        AgendaBook.AgendaPage found = agenda.list(year, caseId, direction, text, page, size);
        Paged<Views.AgendaEntryView> paged = new Paged<>(found.items().stream().map(Views.AgendaEntryView::of)
                .toList(), page, size, found.total());
        return Response.ok(new AgendaPage(paged.items(), page, size, paged.total(), paged.totalExact()),
                MediaType.APPLICATION_JSON).build();
    }

    /** A page of the book, as {@link Paged} answers it (the declared JSON beside the spreadsheet needs a class). */
    public record AgendaPage(@Schema(maxItems = Limits.PAGE_ITEMS) List<Views.AgendaEntryView> items, int page, int size,
                             @Schema(description = Paged.TOTAL) long total,
                             @Schema(description = Paged.TOTAL_EXACT) boolean totalExact) {
    }
}
