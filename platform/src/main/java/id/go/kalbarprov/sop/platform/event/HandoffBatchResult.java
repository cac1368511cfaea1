package id.go.kalbarprov.sop.platform.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kalbarprov.sop.platform.rest.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a {@link HandoffBatch}: one result per event, in the batch's order. */
@Schema(name = "HandoffBatchResult")
public record HandoffBatchResult(@Schema(maxItems = HandoffBatch.MAX) List<Result> results) {

    /** The status of an event held back behind an earlier event of its case in the same batch that was refused. */
    public static final int NOT_ATTEMPTED = 425;

    /**
     * What became of one event: the status its single-event endpoint would have answered (2xx: received — applied
     * now or before; 4xx/5xx: refused, with the problem), or 425 when it was not attempted because an earlier event
     * of the same case in this batch was refused (send it again after that one).
     */
    @Schema(name = "HandoffResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(UUID eventId, int status, Problem problem) {

        public boolean received() {
            return status / 100 == 2;
        }
    }
}
