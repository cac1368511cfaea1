package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.idempotency.Idempotent;
import id.go.kalbarprov.sop.platform.outbox.OutboxMonitor;
import id.go.kalbarprov.sop.platform.outbox.OutboxRecovery;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Handoffs that have not reached the other service, for operators following up an outage or a refusal: the stuck
 * list, and retrying or skipping a parked event (each recorded with who and why).
 */
@Path("/api/v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Handoffs to the other services")
public class OutboxResource {

    private static final Duration LONGEST_AGE = Duration.ofDays(3660);

    @Inject
    OutboxMonitor monitor;

    @Inject
    OutboxRecovery recovery;

    @Inject
    CurrentCaller caller;

    /** Why an operator retries or skips a parked event; recorded with the action. */
    public record OutboxAction(@NotBlank @Size(max = 500) String reason) {
    }

    @GET
    @Path("stuck")
    @RolesAllowed({Roles.AUDITOR, Roles.OPERATOR})
    @Operation(operationId = "listStuckOutboxEvents",
            summary = "Undelivered handoffs: parked ones, those waiting behind a parked one (blockedBehind), and those "
            + "that failed at least once or waited longer than olderThan; oldest first (no payloads)")
    public Paged<OutboxMonitor.StuckEvent> stuck(
            @Parameter(description = "ISO-8601 duration, default PT1M") @QueryParam("olderThan") @DefaultValue("PT1M") String olderThan,
            @Parameter(description = "Only parked events and the events waiting behind them")
            @QueryParam("parkedOnly") @DefaultValue("false") boolean parkedOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        OutboxMonitor.StuckPage found = monitor.stuck(duration(olderThan), parkedOnly, page, size);
        return new Paged<>(found.events(), page, size, found.total());
    }

    @POST
    @Path("events/{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({Roles.AUDITOR, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "The action as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutboxRecovery.Recorded.class)))
    @Operation(operationId = "retryOutboxEvent", summary = "Send a parked event again (attempts from zero, due now); 409 unless it is parked")
    public Response retry(@PathParam("id") UUID id,
                          @Parameter(description = "Makes a retry of this call safe: the first answer is returned again")
                          @HeaderParam("Idempotency-Key") String idempotencyKey,
                          @Valid @NotNull OutboxAction action) {
        return Response.ok(recovery.retry(id, caller.get(), action.reason().strip())).build();
    }

    @POST
    @Path("events/{id}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({Roles.AUDITOR, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "The action as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutboxRecovery.Recorded.class)))
    @Operation(operationId = "skipOutboxEvent", summary = "Give up a parked event: done without delivery (kept, never deleted), so the case's later "
            + "events to that destination go; 409 unless it is parked")
    public Response skip(@PathParam("id") UUID id,
                         @Parameter(description = "Makes a retry of this call safe: the first answer is returned again")
                         @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @Valid @NotNull OutboxAction action) {
        return Response.ok(recovery.skip(id, caller.get(), action.reason().strip())).build();
    }

    private static Duration duration(String value) {
        try {
            Duration parsed = Duration.parse(value);
            if (!parsed.isNegative() && parsed.compareTo(LONGEST_AGE) <= 0) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalid("olderThan", "invalid-parameter", "olderThan", "use an ISO-8601 duration up to ten years, such as PT5M");
    }
}
