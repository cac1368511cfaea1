package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.calendar.CalendarSnapshot;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.WorkingCalendarBook;
import id.go.kalbarprov.sop.request.service.WorkingCalendarBook.CalendarView;
import id.go.kalbarprov.sop.request.service.command.PutCalendarDay;
import id.go.kalbarprov.sop.request.service.command.PutHolidayYear;
import id.go.kalbarprov.sop.request.service.command.PutHoursChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/**
 * The working calendar: office hours, national holidays and cuti bersama, dated exceptions. Read by every officer and
 * by review- and archive-service (which keep a copy); kept by the admin. Every service level and deadline counts
 * working time by it.
 */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Reference data: the working calendar service levels and deadlines count by")
public class CalendarResource {

    @Inject
    WorkingCalendarBook book;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.UNIT,
        Roles.AUDITOR, Roles.ADMIN, Roles.REVIEW_SERVICE, Roles.ARCHIVE_SERVICE})
    @Operation(operationId = "getCalendar",
            summary = "The calendar in force, with the years around now that have no decree entered yet; the ETag "
            + "is its fingerprint, which a change must send as If-Match")
    @APIResponse(responseCode = "200", description = "The calendar in force; ETag: its fingerprint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    public Response get() {
        return answer(book.view());
    }

    @PUT
    @Path("/years/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putCalendarYear",
            summary = "Enter a year's national holidays and cuti bersama as its joint decree (SKB) sets them",
            description = "Replaces the year's holidays and cuti bersama; dated exceptions of other kinds stay.")
    @APIResponse(responseCode = "200", description = "The calendar in force; ETag: its fingerprint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response putYear(@PathParam("year") @Min(CalendarSnapshot.FIRST_YEAR) @Max(CalendarSnapshot.LAST_YEAR) int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid PutHolidayYear command) {
        return answer(book.putYear(year, ifMatch, command, caller.get()));
    }

    @PUT
    @Path("/days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putCalendarDay",
            summary = "Set a dated exception: the office closed, or open in other hours (a half day)")
    @APIResponse(responseCode = "200", description = "The calendar in force; ETag: its fingerprint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response putDay(@Parameter(description = "ISO date, for example 2026-12-31") @PathParam("date") String date,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PutCalendarDay command) {
        return answer(book.putDay(date("date", date), ifMatch, command, caller.get()));
    }

    @DELETE
    @Path("/days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCalendarDay",
            summary = "Remove a date's exception (a holiday too); 404 when it has none")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response deleteDay(@Parameter(description = "ISO date") @PathParam("date") String date,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return book.deleteDay(date("date", date), ifMatch) ? Response.noContent().build() : notFound(date);
    }

    @PUT
    @Path("/hours-changes/{from}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putHoursChange",
            summary = "Set office hours from a date (until a date, or for good), as a regulation sets them")
    @APIResponse(responseCode = "200", description = "The calendar in force; ETag: its fingerprint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response putHoursChange(@Parameter(description = "ISO date the hours apply from") @PathParam("from") String from,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PutHoursChange command) {
        return answer(book.putHoursChange(date("from", from), ifMatch, command, caller.get()));
    }

    @DELETE
    @Path("/hours-changes/{from}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteHoursChange",
            summary = "Remove a change of office hours; 404 when none starts on that date")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response deleteHoursChange(@Parameter(description = "ISO date") @PathParam("from") String from,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return book.deleteHoursChange(date("from", from), ifMatch) ? Response.noContent().build() : notFound(from);
    }

    private static Response answer(CalendarView view) {
        return Response.ok(view).tag(new EntityTag(view.fingerprint())).build();
    }

    private static LocalDate date(String name, String value) {
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("not an ISO date", value, 0);
            }
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < CalendarSnapshot.FIRST_YEAR || date.getYear() > CalendarSnapshot.LAST_YEAR) {
                throw ProblemException.invalid(name, "invalid-parameter", name, "give a date of the years "
                        + CalendarSnapshot.FIRST_YEAR + " to " + CalendarSnapshot.LAST_YEAR);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "invalid-parameter", name, "use an ISO date such as 2026-12-31");
        }
    }

    private static Response notFound(String date) {
        throw ProblemException.notFound("calendar entry", date);
    }
}
