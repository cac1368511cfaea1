package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.calendar.TaskDeadlines;
import id.go.kalbarprov.sop.platform.rest.Paged;

import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.review.domain.ReviewStatus;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.review.service.ReviewAccess;
import id.go.kalbarprov.sop.review.service.ArrivalService;
import id.go.kalbarprov.sop.review.service.ReviewQueries;
import id.go.kalbarprov.sop.review.service.Reviews;
import id.go.kalbarprov.sop.platform.event.DraftSubmitted;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/** Reviews: a draft arriving from request-service, the officers' inbox, and one review with its history. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "The review chain of SOP 45 steps 5–7")
public class ReviewResource {

    static final String[] READERS = {Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR};

    @Inject
    ArrivalService arrivals;

    @Inject
    ReviewQueries queries;

    @Inject
    Reviews reviews;

    @Inject
    ReviewAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    TaskDeadlines deadlines;

    @POST
    @RolesAllowed(Roles.REQUEST_SERVICE)
    @Operation(operationId = "receiveDraftForReview",
            summary = "A draft version submitted by the pelaksana arrives from request-service",
            description = "201 when it opened a review or started a new round at level 5; 200 with the review "
                    + "when the same event, or the same case and version, was already received (nothing changes). "
                    + "422 when contentHash is not the SHA-256 of content.")
    @APIResponse(responseCode = "201", description = "Received: review opened or new round started",
            headers = @Header(name = "Location", ref = OpenApiProblems.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ReviewSummary.class)))
    @APIResponse(responseCode = "200", description = "Already received: nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ReviewSummary.class)))
    public Response receive(@Valid @NotNull DraftSubmitted draft) {
        ArrivalService.Arrival arrival = arrivals.receive(draft);
        ReviewEntity review = arrival.review();
        Views.ReviewSummary body = Views.ReviewSummary.of(review, reviews.openTask(review.id), deadlines);
        return arrival.applied()
                ? Response.created(URI.create("/api/v1/reviews/" + review.id)).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listReviews",
            summary = "My inbox (reviews pending at my level, oldest first, with due times) or all reviews I may "
            + "read (a pelaksana: those of drafts they compiled)")
    public Paged<Views.ReviewSummary> list(
            @Parameter(description = "INBOX (default for reviewers) or ALL (default for others)")
            @QueryParam("scope") ReviewQueries.Scope scope,
            @QueryParam("status") ReviewStatus status,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("period") Period period,
            @Parameter(description = "Pending at this level (5, 6 or 7)")
            @QueryParam("level") @Min(5) @Max(7) Integer level,
            @QueryParam("caseId") UUID caseId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ReviewQueries.Scope chosen = scope != null ? scope
                : caller.get().hasAny(Roles.KARO, Roles.KABAG, Roles.KASUBBAG) ? ReviewQueries.Scope.INBOX
                : ReviewQueries.Scope.ALL;
        ReviewQueries.Page found = queries.list(caller.get(),
                new ReviewQueries.Filter(chosen, status, year, period, level, caseId), page, size);
        return new Paged<>(found.items().stream()
                .map(row -> Views.ReviewSummary.of(row.review(), row.openTask(), deadlines)).toList(), page, size,
                found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getReview",
            summary = "One review: status, current level and its due time, all versions and all acts")
    public Views.ReviewDetail get(@PathParam("id") UUID id) {
        ReviewEntity review = access.readable(id, caller.get());
        return Views.ReviewDetail.of(review, reviews.openTask(id), reviews.versions(id), reviews.acts(id),
                deadlines);
    }
}
