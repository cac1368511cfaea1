package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.request.service.command.SubmitRows.Row;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit's reply that reached the bureau on paper or by e-mail, entered by the pelaksana or the Kasubbag for that
 * unit. The reply letter's file is uploaded first ({@code POST /api/v1/cases/{id}/attachments}) and named here by
 * its id; the rows are as the unit would send them and go through the same rules as a unit's own submission.
 */
public record SubmitOnBehalf(
        @NotBlank @Size(max = 50) @Pattern(regexp = OpenCase.UNIT_CODE)
        @Schema(description = "The unit whose reply this is; one of the case's target units", example = "DINKES")
        String unitCode,
        @NotBlank @Size(max = 100) @Schema(description = "The reply letter's number", example = "800/123/DINKES/2026")
        String letterNumber,
        @NotNull @Schema(description = "The reply letter's date") LocalDate letterDate,
        @NotNull @Schema(description = "The reply letter's file: an attachment uploaded to this case, not yet taken")
        UUID letterAttachmentId,
        @Size(max = 20) @Schema(description = "Further files uploaded to this case that came with the letter")
        List<@NotNull UUID> attachmentIds,
        @Min(0) @Max(10_000) @Schema(description = "Enclosures that came on paper only (not uploaded as files)")
        Integer attachments,
        @Size(max = 2000) String note,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Row> rows) {

    /** The reply as the unit would have sent it: one code path for both. */
    public SubmitRows asUnitReply() {
        return new SubmitRows(unitCode, note, letterNumber, letterDate, attachments, rows);
    }
}
