package id.go.kalbarprov.sop.review.service.command;

import id.go.kalbarprov.sop.review.domain.Decision;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Approve (paraf, or signature at level 7) or return one level down, against version {@code version}. */
public record Decide(
        @NotNull Decision decision,
        @NotNull @Min(1) @Max(100000) Integer version,
        @Size(max = 2000) String reason) {
}
