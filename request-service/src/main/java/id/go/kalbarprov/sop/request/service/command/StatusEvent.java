package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * What review-service and archive-service report about a case: a step they completed (5–10) and, where the case
 * as a whole moved, its new status. Applied once per event id.
 */
public record StatusEvent(
        @NotNull UUID eventId,
        @Size(max = 60) String type,
        UUID caseId,
        @NotNull @Min(5) @Max(10) Integer step,
        @Size(max = 40) @Pattern(regexp = "^[A-Z_]+$") String kind,
        @Pattern(regexp = "^(SIGNED|ARCHIVED)$") String status,
        @NotNull Instant at,
        Instant actionableAt,
        @Min(0) @Max(100000) Integer standardMinutes,
        @NotNull @Valid ReturnDraft.Officer actor,
        @Min(1) Integer version,
        @Size(max = 64) String contentHash,
        UUID recordId,
        @Size(max = 2000) String detail) {
}
