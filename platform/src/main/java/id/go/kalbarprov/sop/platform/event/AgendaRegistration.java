package id.go.kalbarprov.sop.platform.event;

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

/**
 * request-service and review-service → archive-service ({@code POST /api/v1/agenda}): a document to enter in the
 * agenda book (Buku Agenda), registered by the service that handled it. Which service that is the receiver takes
 * from the caller's token, never from the body.
 */
@Schema(name = "RegisterDocument")
public record AgendaRegistration(
        @Schema(description = "The sender's outbox event id, if any; accepted and not needed: a repeat is recognised "
                + "by the sending service + sourceRef")
        UUID eventId,
        @Size(max = 60) @Schema(description = "The sender's event type, if any (e.g. AgendaRegistration)")
        String type,
        @NotBlank @Size(max = SOURCE_REF) @Pattern(regexp = "^[\\x21-\\x7E]+$")
        @Schema(description = "Unique per document event in the source service; a repeat returns the same entry",
                example = "memo/5b0c6f0e-2f7b-4f5e-9d0a-3f1c2b7e8a11")
        String sourceRef,
        UUID caseId,
        @NotNull AgendaDirection direction,
        @NotNull @Schema(description = "When the document was received or sent", example = "2026-04-01T03:00:00Z")
        Instant date,
        @NotBlank @Size(max = PARTY) @Schema(example = "Kabag Tata Laksana") String from,
        @NotBlank @Size(max = Limits.ADDRESSEES) @Schema(example = "DISDIK, DINKES, BAPPEDA") String to,
        @Size(max = Limits.DOCUMENT_NUMBER) @Schema(description = "The document's own number, if it has one", example = "000.8.6.3/15/ORG/2026")
        String documentNumber,
        @Schema(description = "The document's own date (for a letter received: the date it bears)")
        LocalDate documentDate,
        @NotBlank @Size(max = Limits.SUBJECT) @Schema(example = "Permintaan data koreksi kinerja triwulan I") String subject,
        @NotNull @Min(0) @Max(10_000) Integer attachments,
        @Size(max = FORWARDED_TO) String forwardedTo,
        @Size(max = Limits.REASON) String remarks,
        @Min(1) @Max(10) @Schema(description = "The step of SOP 45 (1–10) in which the document was received or made",
                example = "1")
        Integer step,
        @Pattern(regexp = Limits.CLASSIFICATION)
        @Schema(description = "The document's archive classification code (Kode Klasifikasi Arsip)", example = "000.8.6.3")
        String classification) implements HandoffEvent {

    public static final String TYPE = "AgendaRegistration";
    /** A source reference, a sender and the note of whom a document was forwarded to. */
    public static final int SOURCE_REF = 200;
    public static final int PARTY = 500;
    public static final int FORWARDED_TO = 500;

    /** Told to the receiver for its record; no official waits for it (see {@link HandoffEvent#report()}). */
    @Override
    public boolean report() {
        return true;
    }
}
