package id.go.kalbarprov.sop.review.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import id.go.kalbarprov.sop.platform.rest.Versions;

import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.review.service.ReviewAccess;
import id.go.kalbarprov.sop.review.service.DraftVersions;
import id.go.kalbarprov.sop.review.service.Reviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versions of a review's draft and the differences between them. */
@Path("/api/v1/reviews/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Versions", description = "Draft versions within a review, with hashes and diffs")
public class VersionResource {

    @Inject
    Reviews reviews;

    @Inject
    ReviewAccess access;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listReviewVersions",
            summary = "All versions, oldest first, with origin, author, hash and number of changes")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.VersionSummary.class, maxItems = DraftVersions.MAX_VERSIONS)))
    public List<Views.VersionSummary> versions(@PathParam("id") UUID id) {
        access.readable(id, caller.get());
        return reviews.versions(id).stream().map(Views.VersionSummary::of).toList();
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getReviewVersion",
            summary = "One version: content, canonical text, hash, and its diff against the version before")
    public Views.VersionView version(@PathParam("id") UUID id,
                                     @PathParam("number") @Min(1) @Max(100000) int number) {
        access.readable(id, caller.get());
        return Views.VersionView.of(reviews.version(id, number));
    }

    @GET
    @Path("/diff")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "diffReviewVersions",
            summary = "The changes from one version to another, as JSON paths with before and after")
    public Views.DiffView diff(@PathParam("id") UUID id,
                               @QueryParam("from") @NotNull @Min(1) @Max(100000) Integer from,
                               @QueryParam("to") @NotNull @Min(1) @Max(100000) Integer to) {
        access.readable(id, caller.get());
        ReviewVersionEntity before = reviews.version(id, from);
        ReviewVersionEntity after = reviews.version(id, to);
        return new Views.DiffView(id, from, before.contentHash, to, after.contentHash,
                DraftVersions.diff(before.content, after.content));
    }
}
