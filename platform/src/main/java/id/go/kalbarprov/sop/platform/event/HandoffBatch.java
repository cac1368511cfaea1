package id.go.kalbarprov.sop.platform.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Several handoffs to one service in one call ({@code POST /api/v1/handoffs/batch}): what a sender's outbox relay has
 * due for that service in one pass, in the order recorded. The receiver applies them in one transaction and answers
 * a {@link HandoffBatchResult} with one result per event, so a refused event holds back only the later events of its
 * own case. Each event is the body its single-event endpoint takes, which keeps working.
 */
@Schema(name = "HandoffBatch")
public record HandoffBatch(
        @NotNull @Size(min = 1, max = MAX) @Schema(description = "In the order the sender recorded them")
        List<@NotNull @Valid Item> events) {

    public static final String PATH = "/api/v1/handoffs/batch";
    /** Events in one call at most. */
    public static final int MAX = 100;

    /** One event: its id, type and case as its outbox has them, the trace it belongs to, and the event itself. */
    @Schema(name = "HandoffBatchItem")
    public record Item(
            @NotNull @Schema(description = "The event's id (the same as event.eventId); applied once")
            UUID eventId,
            @NotBlank @Size(max = 60) @Schema(description = "The event's type", example = CaseStatus.TYPE)
            String type,
            @Schema(description = "The case the event is about (the path parameter of its single-event endpoint)")
            UUID caseId,
            @Size(max = 55) @Pattern(regexp = "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
            @Schema(description = "W3C traceparent of this event's delivery: each event joins its own trace")
            String traceparent,
            @NotNull @Schema(type = SchemaType.OBJECT, implementation = Object.class,
                    description = "The event, as its single-event endpoint takes it",
                    oneOf = {DraftSubmitted.class, DraftReturned.class, CaseStatus.class, CaseWithdrawn.class,
                            CorrectionSigned.class, AgendaRegistration.class})
            JsonNode event) {
    }
}
