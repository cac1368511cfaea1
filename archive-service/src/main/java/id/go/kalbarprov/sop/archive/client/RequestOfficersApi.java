package id.go.kalbarprov.sop.archive.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** request-service's register of officers ({@code quarkus.rest-client.request-officers.url}), read as this service. */
@RegisterRestClient(configKey = "request-officers")
@Path("/api/v1/officers")
@Produces(MediaType.APPLICATION_JSON)
interface RequestOfficersApi {

    @GET
    @Path("/{upn}")
    Response byUpn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("upn") String upn);

    @GET
    Response byNip(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("nip") String nip);
}
