package id.go.kalbarprov.sop.request.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.SubmissionService;
import id.go.kalbarprov.sop.request.service.command.SubmitOnBehalf;
import id.go.kalbarprov.sop.request.service.command.SubmitRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Units' corrected indicator rows. */
@Path("/api/v1/cases/{id}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Corrected indicator rows submitted by the addressed units")
public class SubmissionResource {

    @Inject
    SubmissionService submissions;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.UNIT)
    @Idempotent
    @Operation(summary = "Submit the caller's unit's corrected rows; a resubmission supersedes the earlier one")
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
    @Operation(summary = "Enter a unit's reply received on paper or by e-mail, for that unit (pelaksana or Kasubbag, "
            + "while the case collects replies): its letter's number, date and file (uploaded first to "
            + "/api/v1/cases/{id}/attachments), and its rows as the unit would send them")
    public Response submitOnBehalf(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                   @Valid @NotNull SubmitOnBehalf command) {
        SubmissionService.Submitted done = submissions.submitOnBehalf(id, command, caller.get());
        return Response.created(URI.create("/api/v1/cases/" + id + "/submissions?unit=" + done.submission().unitCode))
                .entity(Views.SubmissionView.of(done.submission(), done.rows(), done.attachments())).build();
    }

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR, Roles.UNIT})
    @Operation(summary = "Submissions of a case, earlier revisions included; a unit sees only its own")
    public List<Views.SubmissionView> list(@PathParam("id") UUID id, @QueryParam("unit") String unit) {
        return submissions.list(id, unit, caller.get()).stream()
                .map(s -> Views.SubmissionView.of(s.submission(), s.rows(), s.attachments())).toList();
    }
}
