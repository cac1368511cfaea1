package id.go.kalbarprov.sop.review.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * "Reviews and corrects": the whole corrected content as a JSON object, made on top of version {@code baseVersion}
 * (which must still be the current one), with an optional note on what was corrected and why.
 */
public record AmendDraft(
        @NotNull @Min(1) @Max(100000) Integer baseVersion,
        @NotNull @NotEmpty Map<String, Object> content,
        @Size(max = 2000) String note) {
}
