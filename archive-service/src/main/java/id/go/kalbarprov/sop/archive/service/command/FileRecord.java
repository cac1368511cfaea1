package id.go.kalbarprov.sop.archive.service.command;

import id.go.kalbarprov.sop.archive.domain.AccessClass;
import id.go.kalbarprov.sop.archive.domain.Authenticity;
import id.go.kalbarprov.sop.archive.domain.ClassificationCode;
import id.go.kalbarprov.sop.archive.domain.Medium;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Step 10: the arsiparis files the signed correction in the bureau's archive (Daftar Arsip entry). */
public record FileRecord(
        @NotNull @Pattern(regexp = ClassificationCode.FORMAT) @Schema(example = "000.8.6.3")
        String classificationCode,
        @NotBlank @Size(max = 50) @Schema(description = "Nomor berkas", example = "B-2026-014") String fileNumber,
        @NotNull @Min(1) @Max(1_000_000) @Schema(description = "Nomor item within the file") Integer itemNumber,
        @NotBlank @Size(max = 100)
        @Schema(description = "Unit pengolah: the unit that produced the record", example = "ORG")
        String processingUnit,
        @NotBlank @Size(max = 2000) @Schema(example = "Koreksi data kinerja triwulan I 2026, Biro Organisasi")
        String description,
        @NotNull @Valid PeriodCovered periodCovered,
        @Min(2000) @Max(2100)
        @Schema(description = "Year the file closed; retention counts from it. Default: the year of filing (WIB)")
        Integer closingYear,
        @NotNull @Min(1) @Max(100_000) Integer quantity,
        @NotNull Medium medium,
        @NotNull Authenticity authenticity,
        @NotNull AccessClass accessClass,
        @NotNull @Valid Location location,
        @Size(max = 2000) String dispositionNote) {

    /** The time span the record's content is about. */
    public record PeriodCovered(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** Where the paper (or its carrier) lies: folder, box, shelf. */
    public record Location(@NotBlank @Size(max = 50) String folder, @NotBlank @Size(max = 50) String box,
                           @NotBlank @Size(max = 50) String shelf) {
    }
}
