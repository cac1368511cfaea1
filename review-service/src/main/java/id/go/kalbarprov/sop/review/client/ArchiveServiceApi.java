package id.go.kalbarprov.sop.review.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** archive-service, as far as this service calls it. */
@RegisterRestClient(configKey = "archive-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ArchiveServiceApi {

    @POST
    @Path("/signed-corrections")
    void deliverSigned(@HeaderParam("Authorization") String bearer, Map<String, Object> signed);

    @POST
    @Path("/agenda")
    void register(@HeaderParam("Authorization") String bearer, Map<String, Object> entry);
}
