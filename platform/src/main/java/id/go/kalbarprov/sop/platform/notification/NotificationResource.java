package id.go.kalbarprov.sop.platform.notification;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's notifications: a feed of what their roles and they themselves were told, newest first, read marks,
 * and a live stream (Server-Sent Events) that a browser opens with a single-use ticket.
 */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "New tasks and breached standards told to whoever must act")
public class NotificationResource {

    /** Those who act on tasks, and so have a feed. */
    static final String[] OFFICERS = {Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS,
            Roles.UNIT};

    @Inject
    CurrentCaller caller;

    @Inject
    SecurityIdentity identity;

    @Inject
    NotificationFeed feed;

    @Inject
    StreamTickets tickets;

    @Inject
    NotificationStream stream;

    @Inject
    NotificationConfig config;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.UNIT})
    @Operation(operationId = "listMyNotifications",
            summary = "My notifications: those addressed to one of my roles or to me, newest first; "
            + "title and message in Indonesian with Accept-Language: id")
    public Paged<NotificationView> mine(
            @Parameter(description = "true: only those I have not read") @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        NotificationFeed.Page found = feed.page(FeedOwner.of(caller.get()), unread, indonesian(), page, size);
        return new Paged<>(found.items(), page, size, found.total());
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.UNIT})
    @Operation(operationId = "markNotificationRead",
            summary = "Mark a notification of my feed as read (again: no change); 404 for one not in my feed")
    @APIResponse(responseCode = "204", description = "Marked as read")
    public Response markRead(@PathParam("id") UUID id) {
        if (!feed.markRead(FeedOwner.of(caller.get()), id)) {
            throw ProblemException.notFound("Notification", id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("stream-tickets")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.UNIT})
    @Operation(operationId = "issueNotificationStreamTicket",
            summary = "A ticket that opens my live stream once, within its lifetime (default 60 s), for a browser's "
            + "EventSource: GET /api/v1/notifications/stream?ticket=... (no Idempotency-Key: a replayed ticket would "
            + "be a used one)")
    @APIResponse(responseCode = "201", description = "The ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StreamTickets.Ticket.class)))
    public Response streamTicket() {
        StreamTickets.Ticket ticket = tickets.issue(FeedOwner.of(caller.get()));
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }

    @GET
    @Path("stream")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "streamNotifications",
            summary = "My notifications live (Server-Sent Events): event 'ready' once the stream listens, then "
            + "'notification' with the notification as JSON as soon as the transaction that wrote it commits, on "
            + "any replica. This is how a front-end learns that a task (a handoff) has arrived, instead of polling. "
            + "It has no timeout: an idle stream sends a keep-alive comment every 25 s; a client whose stream was "
            + "cut opens a new one and reads GET /api/v1/notifications for what it missed. Open it with a bearer "
            + "token, or from a browser with ?ticket= from POST /api/v1/notifications/stream-tickets")
    @APIResponse(responseCode = "200", description = "The stream: each 'notification' event's data is one of these",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = NotificationView.class)))
    public Multi<OutboundSseEvent> live(@QueryParam("ticket") String ticket, @Context Sse sse) {
        FeedOwner owner = owner(ticket);
        Multi<OutboundSseEvent> events = stream.subscribe(owner, indonesian()).map(event -> event.isReady()
                ? sse.newEventBuilder().name("ready").data("{}").mediaType(MediaType.APPLICATION_JSON_TYPE).build()
                : sse.newEventBuilder().name("notification").id(event.notification().id().toString())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(NotificationView.class, event.notification()).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(config.stream().keepAlive())
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, keepAlive);
    }

    /** The ticket's officer, else the bearer token's; neither is 401. */
    private FeedOwner owner(String ticket) {
        if (ticket != null) {
            return tickets.take(ticket).orElseThrow(
                    () -> new ProblemException(CommonProblem.UNAUTHENTICATED, "stream-ticket-invalid"));
        }
        if (identity.isAnonymous()) {
            throw new ProblemException(CommonProblem.UNAUTHENTICATED, "unauthenticated");
        }
        if (!caller.get().hasAny(OFFICERS)) {
            throw ProblemException.forbidden("forbidden-role");
        }
        return FeedOwner.of(caller.get());
    }

    private boolean indonesian() {
        return headers.getAcceptableLanguages().stream().findFirst().map(ProblemTexts::isIndonesian).orElse(false);
    }
}
