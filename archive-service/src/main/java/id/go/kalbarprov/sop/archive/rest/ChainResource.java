package id.go.kalbarprov.sop.archive.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.archive.persistence.ChainCheckpointEntity;
import id.go.kalbarprov.sop.archive.service.ArchiveChain;
import id.go.kalbarprov.sop.archive.service.command.TakeCheckpoint;
import id.go.kalbarprov.sop.archive.signing.ChainKey;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The chain key and the checkpoints: what a verifier outside needs to check the integrity chain without trusting the
 * database it is stored in.
 */
@Path("/api/v1/records/chain")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records")
public class ChainResource {

    @Inject
    ArchiveChain chain;

    @Inject
    ChainKey key;

    @GET
    @Path("/key")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(operationId = "getChainPublicKey",
            summary = "The public key that verifies the chain's link and checkpoint signatures (PEM, X.509 "
            + "SubjectPublicKeyInfo). A link's signature covers the UTF-8 text \"sop-archive-chain-link/v1\\n"
            + "sequence=N\\nrecordHash=H\\n\"; a checkpoint's \"sop-archive-chain-checkpoint/v1\\nsequence=N\\n"
            + "recordHash=H\\ntakenAt=T\\n\" (T as ISO-8601 UTC).")
    public ChainKeyView publicKey() {
        return new ChainKeyView(key.keyId(), key.algorithm(), key.publicKeyPem());
    }

    @GET
    @Path("/keys")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(operationId = "getChainKeyring",
            summary = "The keyring: the current chain key and the retired ones, by key id (PEM, X.509 "
            + "SubjectPublicKeyInfo). A link or checkpoint verifies with the key its keyId names, under that key's "
            + "algorithm; after a rotation the links and checkpoints signed before it name a retired key.")
    public Keyring keys() {
        return key.keyring();
    }

    @GET
    @Path("/checkpoints")
    @RolesAllowed({Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS, Roles.AUDITOR})
    @Operation(operationId = "listChainCheckpoints",
            summary = "Signed checkpoints of the chain's head, newest first (also written to the log)")
    public Paged<CheckpointView> checkpoints(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return new Paged<>(chain.checkpoints(page, size).stream().map(CheckpointView::of).toList(), page, size,
                chain.checkpointCount());
    }

    @POST
    @Path("/checkpoints")
    @RolesAllowed({Roles.ARSIPARIS, Roles.AUDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeChainCheckpoint",
            summary = "Checkpoint the chain's head now, saying why: signed, recorded and logged")
    @APIResponse(responseCode = "201", description = "The checkpoint, signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckpointView.class)))
    public Response checkpoint(@Valid @NotNull TakeCheckpoint command) {
        return Response.status(Response.Status.CREATED).entity(CheckpointView.of(chain.checkpoint(command.reason())))
                .build();
    }

    /** The chain key as published for verifiers. */
    public record ChainKeyView(@Schema(maxLength = Limits.KEY_ID) String keyId, @Schema(maxLength = Limits.ALGORITHM) String algorithm,
                               @Schema(maxLength = Limits.PUBLIC_KEY_PEM) String pem) {
    }

    /** The head at a moment, signed with the chain key. */
    public record CheckpointView(long sequence, @Schema(pattern = Limits.SHA256) String recordHash, Instant takenAt, @Schema(maxLength = 500) String reason, @Schema(maxLength = Limits.ALGORITHM) String algorithm,
                                 @Schema(maxLength = Limits.KEY_ID) String keyId, @Schema(maxLength = Limits.SIGNATURE) String signature) {
        static CheckpointView of(ChainCheckpointEntity c) {
            return new CheckpointView(c.sequence, c.recordHash, c.takenAt, c.reason, c.algorithm, c.keyId,
                    c.signature);
        }
    }
}
