package id.go.kalbarprov.sop.request.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.reference.RegisteredOfficer;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.rest.Versions;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.OfficerRegister;
import id.go.kalbarprov.sop.request.service.command.PutOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.go.kalbarprov.sop.platform.rest.OpenApiProblems;

/**
 * The register of officers: kept by the admin, read by the officers, the auditor, and archive-service (which checks a
 * delegation at step 9 against it with its own service token).
 */
@Path("/api/v1/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Officers", description = "Reference data: the officers who act in the SOP, their roles and time in post")
public class OfficerResource {

    @Inject
    OfficerRegister officers;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR,
        Roles.ADMIN, Roles.ARCHIVE_SERVICE})
    @Operation(operationId = "listOfficers",
            summary = "Officers by login; role= one SOP role, active= in post today (WIB) or not, nip= one NIP")
    public Paged<RegisteredOfficer> list(
            @QueryParam("role") @Pattern(regexp = "^(karo|kabag|kasubbag|pelaksana|arsiparis)$") String role,
            @QueryParam("active") Boolean active,
            @QueryParam("nip") @Pattern(regexp = RegisteredOfficer.NIP) String nip,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        OfficerRegister.OfficerPage found = officers.list(role, active, nip, page, size);
        return new Paged<>(found.items().stream().map(OfficerRegister::record).toList(), page, size, found.total());
    }

    @GET
    @Path("/{upn}")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR,
        Roles.ADMIN, Roles.ARCHIVE_SERVICE})
    @Operation(operationId = "getOfficer", summary = "One officer; the ETag is the record's version")
    @APIResponse(responseCode = "200", description = "The officer; ETag: the record's version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisteredOfficer.class)))
    public Response get(@PathParam("upn") String upn) {
        RegisteredOfficer officer = OfficerRegister.record(officers.get(upn));
        return Response.ok(officer).tag(Versions.etag(officer.version())).build();
    }

    @PUT
    @Path("/{upn}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putOfficer",
            summary = "Register an officer (201) or replace the record (200, If-Match with its ETag); kept in history")
    @APIResponse(responseCode = "201", description = "Registered; ETag: the record's version",
            headers = {@Header(name = "ETag", ref = OpenApiProblems.ETAG), @Header(name = "Location", ref = OpenApiProblems.LOCATION)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisteredOfficer.class)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag: the record's version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisteredOfficer.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response put(@PathParam("upn") String upn, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull PutOfficer command) {
        OfficerRegister.Saved saved = officers.put(upn, Versions.fromIfMatch(ifMatch), command, caller.get());
        RegisteredOfficer officer = OfficerRegister.record(saved.officer());
        Response.ResponseBuilder answer = saved.created()
                ? Response.created(URI.create("/api/v1/officers/" + upn)) : Response.ok();
        return answer.entity(officer).tag(Versions.etag(officer.version())).build();
    }

    @GET
    @Path("/{upn}/history")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(operationId = "getOfficerHistory",
            summary = "Every change of the officer's record: before and after, who and when, oldest first")
    @APIResponse(responseCode = "200", description = "The changes, a version each",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.ReferenceChangeView.class, maxItems = Limits.VERSION)))
    public List<Views.ReferenceChangeView> history(@PathParam("upn") String upn) {
        return officers.history(upn).stream().map(Views.ReferenceChangeView::of).toList();
    }
}
