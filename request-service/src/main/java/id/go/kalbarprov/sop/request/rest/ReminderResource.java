package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.rest.Versions;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.service.LateUnitReminders;
import id.go.kalbarprov.sop.request.service.LetterService;
import id.go.kalbarprov.sop.request.service.MemoService;
import id.go.kalbarprov.sop.request.service.command.RemindLateUnits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The case's reminder Nota Dinas: to the units late with their reply, and those sent on a reopening. */
@Path("/api/v1/cases/{id}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Memo", description = "Nota Dinas requesting the units' corrected data")
public class ReminderResource {

    @Inject
    LateUnitReminders reminders;

    @Inject
    MemoService memos;

    @Inject
    LetterService letters;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.KABAG)
    @Idempotent
    @Operation(operationId = "sendReminder",
            summary = "Remind the units late with their reply (COLLECTING, past the due date) by a reminder Nota "
            + "Dinas addressed to them only, asking them to reply by replyBy: numbered like every Nota Dinas, "
            + "registered in the agenda book, on the case's timeline. 409 NO_LATE_UNITS when no unit is late")
    @APIResponse(responseCode = "201", description = "The reminder memo as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.ReminderView.class)))
    public Response remind(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RemindLateUnits command) {
        Caller kabag = caller.get();
        MemoEntity memo = reminders.remind(id, Versions.fromIfMatch(ifMatch), command, kabag);
        return Response.created(URI.create("/api/v1/cases/" + id + "/reminders/" + memo.id))
                .entity(Views.ReminderView.of(memo, kabag, null)).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "listReminders",
            summary = "The case's reminder memos, oldest first (to late units, and on reopenings); a unit sees "
            + "only those addressed to it")
    @APIResponse(responseCode = "200", description = "The reminder memos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.ReminderView.class, maxItems = MemoService.REMINDERS)))
    public List<Views.ReminderView> list(@PathParam("id") UUID id) {
        Caller reader = caller.get();
        return memos.remindersOf(id, reader).stream()
                .map(m -> Views.ReminderView.of(m, reader, letters.memoSha256(m, reader).orElse(null))).toList();
    }

    @GET
    @Path("/{memoId}/pdf")
    @Produces({LetterPdfs.PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(operationId = "getReminderPdf",
            summary = "A reminder memo as an archival PDF (PDF/A-2b), like the Nota Dinas; the ETag is its "
            + "SHA-256. A unit gets only those addressed to it, without the signer's NIP")
    @APIResponse(responseCode = "200", description = "The PDF, the same bytes on every request",
            content = @Content(mediaType = LetterPdfs.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = LetterService.LARGEST_PDF)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current PDF")
    public Response pdf(@PathParam("id") UUID id, @PathParam("memoId") UUID memoId, @Context Request request) {
        return LetterPdfs.answer(letters.reminder(id, memoId, caller.get()), request);
    }
}
