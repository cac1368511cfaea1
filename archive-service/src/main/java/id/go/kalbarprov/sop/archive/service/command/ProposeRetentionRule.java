package id.go.kalbarprov.sop.archive.service.command;

import id.go.kalbarprov.sop.archive.domain.ClassificationCode;
import id.go.kalbarprov.sop.archive.domain.FinalDisposition;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposed line of the retention schedule: a new classification code ({@code baseVersion} left out), or the line
 * as it should become ({@code baseVersion}: the version of the line the change starts from).
 */
public record ProposeRetentionRule(
        @NotNull @Pattern(regexp = ClassificationCode.FORMAT) String classificationCode,
        @Schema(description = "The version of the line this changes; leave out for a new classification code")
        @Min(1) @Max(1000000) Integer baseVersion,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Min(0) @Max(100) Integer activeYears,
        @NotNull @Min(0) @Max(100) Integer inactiveYears,
        @NotNull FinalDisposition finalDisposition,
        @Size(max = 2000) String note,
        @Schema(description = "Why the line is added or changed, for the Kasubbag who decides")
        @NotBlank @Size(max = 2000) String reason) {
}
