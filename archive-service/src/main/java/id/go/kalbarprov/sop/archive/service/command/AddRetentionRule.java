package id.go.kalbarprov.sop.archive.service.command;

import id.go.kalbarprov.sop.archive.domain.ClassificationCode;
import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new line of the retention schedule: a classification code and how long its records are kept. */
public record AddRetentionRule(
        @NotNull @Pattern(regexp = ClassificationCode.FORMAT) String classificationCode,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Min(0) @Max(100) Integer activeYears,
        @NotNull @Min(0) @Max(100) Integer inactiveYears,
        @NotNull FinalDisposition finalDisposition,
        @Size(max = 2000) String note) {
}
