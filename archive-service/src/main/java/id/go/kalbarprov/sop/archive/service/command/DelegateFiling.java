package id.go.kalbarprov.sop.archive.service.command;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step 9: the Kasubbag orders an arsiparis, named by login (upn) or NIP, to file the correction. */
public record DelegateFiling(
        @Size(max = 100) @Pattern(regexp = "^[^\\s]+$") String upn,
        @Size(max = 18) String nip,
        @Size(max = 2000) String note) {
}
