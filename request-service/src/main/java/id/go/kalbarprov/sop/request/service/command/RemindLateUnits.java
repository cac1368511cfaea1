package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Kabag reminds the units late with their reply by a numbered Nota Dinas, asking them to reply by a new date. */
public record RemindLateUnits(
        @NotNull @Schema(description = "The date the late units are asked to reply by (not before today, WIB)",
                example = "2026-12-21") LocalDate replyBy,
        @Size(max = 2000) @Schema(description = "A sentence added to the memo's body") String note) {
}
