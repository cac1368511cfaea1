package id.go.kalbarprov.sop.platform.rest;

import id.go.kalbarprov.sop.platform.event.HandoffBatch;
import id.go.kalbarprov.sop.platform.event.HandoffBatchResult;
import id.go.kalbarprov.sop.platform.outbox.HandoffBatchReceiver;
import id.go.kalbarprov.sop.platform.security.CurrentCaller;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Handoffs from the other services in batches: what a sender's outbox relay has due for this service in one pass. */
@Path(HandoffBatch.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs", description = "Events from the other services (each from its sending service only)")
public class HandoffBatchResource {

    @Inject
    HandoffBatchReceiver receiver;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.REQUEST_SERVICE, Roles.REVIEW_SERVICE, Roles.ARCHIVE_SERVICE})
    @Operation(operationId = "receiveHandoffBatch",
            summary = "Several handoffs in one call, applied in one transaction, with a result per event",
            description = "Each event is what its single-event endpoint takes, accepted only from the service that "
                    + "sends that type (403 for that event otherwise) and applied once per eventId. A refused event "
                    + "holds back only the later events of its own case in the batch (status 425, not attempted); "
                    + "the other cases' events are applied.")
    @APIResponse(responseCode = "200", description = "One result per event, in the batch's order")
    public HandoffBatchResult receive(@Valid @NotNull HandoffBatch batch) {
        return receiver.receive(batch, caller.get());
    }
}
