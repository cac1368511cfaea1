package id.go.kalbarprov.sop.archive.client;

import id.go.kalbarprov.sop.platform.seal.Keyring;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** review-service's published keyring ({@code quarkus.rest-client.review-service.url}); public, no token. */
@RegisterRestClient(configKey = "review-service")
@Path("/api/v1/seals")
@Produces(MediaType.APPLICATION_JSON)
interface ReviewSealKeysApi {

    @GET
    @Path("/keys")
    Keyring keys();
}
