package id.go.kalbarprov.sop.request.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.rest.Versions;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.UnitRegister;
import id.go.kalbarprov.sop.request.service.command.PutUnit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

/** The province's units: reference data kept by the admin, read by every officer. */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Reference data: the units (Perangkat Daerah, Biro) cases are addressed to")
public class UnitResource {

    /** A unit registered from now on: an upper-case code, as the unit claim and the memo carry it. */
    static final String REGISTERED_CODE = "^[A-Z][A-Z0-9._-]{1,49}$";


    @Inject
    UnitRegister units;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(operationId = "listUnits",
            summary = "The units, by code; active=true for those cases may be addressed to")
    public Paged<Views.UnitView> list(@QueryParam("active") Boolean active,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                      @QueryParam("size") @DefaultValue("100") @Min(1) @Max(100) int size) {
        UnitRegister.UnitPage found = units.list(active, page, size);
        return new Paged<>(found.items().stream().map(Views.UnitView::of).toList(), page, size, found.total());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(operationId = "getUnit", summary = "One unit; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The unit; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.UnitView.class)))
    public Response get(@PathParam("code") String code) {
        var unit = units.get(code);
        return Response.ok(Views.UnitView.of(unit)).tag(Versions.etag(unit.version)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putUnit",
            summary = "Register a unit (201) or replace it (200, If-Match with its ETag); the change is kept")
    @APIResponse(responseCode = "201", description = "Registered; ETag: its version",
            headers = {@Header(name = "ETag", ref = OpenApiProblems.ETAG), @Header(name = "Location", ref = OpenApiProblems.LOCATION)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.UnitView.class)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag: its version",
            headers = @Header(name = "ETag", ref = OpenApiProblems.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.UnitView.class)))
    @APIResponse(responseCode = "428", description = OpenApiProblems.PRECONDITION_REQUIRED)
    public Response put(@PathParam("code") @Pattern(regexp = REGISTERED_CODE)
                        @Parameter(description = "Upper case, as in the unit claim and targetUnits (DINKES, BIRO-ORG)")
                        String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull PutUnit command) {
        UnitRegister.Saved saved = units.put(code, Versions.fromIfMatch(ifMatch), command, caller.get());
        Response.ResponseBuilder answer = saved.created()
                ? Response.created(URI.create("/api/v1/units/" + code)) : Response.ok();
        return answer.entity(Views.UnitView.of(saved.unit())).tag(Versions.etag(saved.unit().version)).build();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(operationId = "getUnitHistory",
            summary = "Every change of the unit: before and after, who and when, oldest first")
    @APIResponse(responseCode = "200", description = "The changes, a version each",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Views.ReferenceChangeView.class, maxItems = Limits.VERSION)))
    public List<Views.ReferenceChangeView> history(@PathParam("code") String code) {
        return units.history(code).stream().map(Views.ReferenceChangeView::of).toList();
    }
}
