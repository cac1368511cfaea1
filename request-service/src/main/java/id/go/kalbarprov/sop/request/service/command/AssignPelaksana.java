package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step 3: the Kasubbag assigns a pelaksana, by login (upn) or NIP. */
public record AssignPelaksana(
        @Size(max = 100) @Pattern(regexp = "^[^\\s]+$") String upn,
        @Size(max = 18) String nip,
        @Size(max = 2000) String note) {
}
