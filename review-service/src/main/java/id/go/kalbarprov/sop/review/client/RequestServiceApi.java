package id.go.kalbarprov.sop.review.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** request-service, as far as this service calls it. */
@RegisterRestClient(configKey = "request-service")
@Path("/api/v1/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface RequestServiceApi {

    @POST
    @Path("/returns")
    void returnDraft(@HeaderParam("Authorization") String bearer, @PathParam("caseId") String caseId,
                     Map<String, Object> returned);

    @POST
    @Path("/status-events")
    void reportStatus(@HeaderParam("Authorization") String bearer, @PathParam("caseId") String caseId,
                      Map<String, Object> event);
}
