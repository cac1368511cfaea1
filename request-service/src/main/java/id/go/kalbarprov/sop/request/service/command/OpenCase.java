package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.domain.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Step 1: the Karo opens a correction case and disposes it to the Kabag (disposisi). */
public record OpenCase(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull Period period,
        @NotBlank @Size(max = 2000) String reason,
        @NotEmpty @Size(max = 100) List<@NotBlank @Pattern(regexp = UNIT_CODE) String> targetUnits,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 2000) @Schema(description = "The Karo's instruction to the Kabag")
        String instruction,
        @NotNull Urgency urgency,
        @Size(max = 2000) String note,
        @Valid IncomingLetter letter) {

    public static final String UNIT_CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$";

    /** Sifat of a disposition. */
    public enum Urgency { BIASA, SEGERA, SANGAT_SEGERA }

    /** The letter that prompted the case (the requirement of step 1), when there is one. */
    public record IncomingLetter(
            @Size(max = 100) String number,
            LocalDate date,
            @Size(max = 200) String from,
            @Size(max = 300) @Schema(description = "The letter's subject (perihal), printed on the Lembar Disposisi")
            String subject,
            @Schema(description = "When the letter reached the Karo; step 1 is measured from here")
            Instant receivedAt) {
    }
}
