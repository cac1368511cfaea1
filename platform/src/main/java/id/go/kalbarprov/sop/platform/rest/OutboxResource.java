package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.outbox.OutboxMonitor;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Handoffs that have not reached the other service: for operators following up an outage. */
@Path("/api/v1/outbox/stuck")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Handoffs to the other services")
public class OutboxResource {

    @Inject
    OutboxMonitor monitor;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listStuckOutboxEvents",
            summary = "Undelivered handoffs that failed at least once or waited longer than olderThan, oldest first (no payloads)")
    public Paged<OutboxMonitor.StuckEvent> stuck(
            @Parameter(description = "ISO-8601 duration, default PT1M") @QueryParam("olderThan") @DefaultValue("PT1M") String olderThan,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        OutboxMonitor.StuckPage found = monitor.stuck(duration(olderThan), page, size);
        return new Paged<>(found.events(), page, size, found.total());
    }

    private static final Duration LONGEST_AGE = Duration.ofDays(3660);

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
