package id.go.kalbarprov.sop.archive.service.command;

import id.go.kalbarprov.sop.archive.domain.AgendaDirection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document to enter in the agenda book (Buku Agenda), registered by the service that handled it. */
public record RegisterDocument(
        @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$") String sourceService,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[\\x21-\\x7E]+$")
        @Schema(description = "Unique per document event in the source service; a repeat returns the same entry")
        String sourceRef,
        UUID caseId,
        @NotNull AgendaDirection direction,
        @NotNull @Schema(description = "When the document was received or sent") Instant date,
        @NotBlank @Size(max = 200) String from,
        @NotBlank @Size(max = 200) String to,
        @Size(max = 100) String documentNumber,
        LocalDate documentDate,
        @NotBlank @Size(max = 500) String subject,
        @NotNull @Min(0) @Max(10_000) Integer attachments,
        @Size(max = 200) String forwardedTo,
        @Size(max = 2000) String remarks) {
}
