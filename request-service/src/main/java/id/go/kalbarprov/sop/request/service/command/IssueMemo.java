package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The Kabag issues the Nota Dinas to the case's target units. The signer is the caller. */
public record IssueMemo(
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 10000) String body,
        @NotNull Nature nature,
        @Size(max = COPIES) List<@NotBlank @Size(max = COPY) String> copies,
        @Min(0) @Max(1000) Integer attachments,
        @Size(max = 200) String signerPosition) {

    /** The copies (tembusan) a memo lists, and the characters of one. */
    public static final int COPIES = 50;
    public static final int COPY = 200;

    /** Sifat of a memo. */
    public enum Nature { BIASA, SEGERA, SANGAT_SEGERA, RAHASIA }
}
