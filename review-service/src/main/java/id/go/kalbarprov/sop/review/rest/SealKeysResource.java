package id.go.kalbarprov.sop.review.rest;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import id.go.kalbarprov.sop.platform.seal.PublishedKey;
import id.go.kalbarprov.sop.review.signing.Signer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The keys that verify this service's seals, published to anyone: a verifier needs no account here. */
@Path("/api/v1/seals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seals")
public class SealKeysResource {

    @Inject
    Signer signer;

    @GET
    @Path("/public-key")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(operationId = "getSealPublicKey",
            summary = "The current public key of the seal (PEM, X.509 SubjectPublicKeyInfo), its id and algorithm. "
            + "A seal signs the UTF-8 text of its statement (see the seals' statement field).")
    public PublishedKey publicKey() {
        return signer.publicKey().orElseThrow(() -> new ProblemException(CommonProblem.NOT_FOUND, "no-public-key"));
    }

    @GET
    @Path("/keys")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(operationId = "getSealKeyring",
            summary = "The keyring: the current seal key and the retired ones, by key id. A seal verifies with the "
            + "key its keyId names, over the UTF-8 text of its statement (format SOP45-SEAL/2).")
    public Keyring keys() {
        return signer.keyring();
    }
}
