package id.go.kalbarprov.sop.review.signing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A BSrE-style signing service reached over HTTP ({@code quarkus.rest-client.remote-signer.url}). It signs the
 * bytes given (base64) with the key it holds and verifies signatures it made.
 */
@RegisterRestClient(configKey = "remote-signer")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface RemoteSigningApi {

    @POST
    @Path("/sign")
    SignResponse sign(SignRequest request);

    @POST
    @Path("/verify")
    VerifyResponse verify(VerifyRequest request);

    /** The remote service signs the PDF itself (PAdES) and returns it signed. */
    @POST
    @Path("/sign/pdf")
    SignPdfResponse signPdf(SignPdfRequest request);

    record SignPdfRequest(String pdf, String name, String reason, String location, java.time.Instant at) {
    }

    record SignPdfResponse(String pdf) {
    }

    record SignRequest(String data) {
    }

    record SignResponse(String algorithm, String keyId, String signature) {
    }

    record VerifyRequest(String data, String algorithm, String keyId, String signature) {
    }

    record VerifyResponse(boolean valid) {
    }
}
