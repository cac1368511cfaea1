package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** After forwarding, the Kabag reopens collection for one target unit of the case, with a reason. */
public record ReopenCollection(
        @NotNull @Pattern(regexp = OpenCase.UNIT_CODE) @Schema(description = "A target unit of the case",
                example = "DINKES") String unitCode,
        @NotBlank @Size(max = 2000) @Schema(description = "Why the unit's data must be revised") String reason,
        @Schema(description = "Also issue a numbered reminder Nota Dinas to the unit (registered in the agenda book)")
        Boolean sendReminderMemo) {
}
