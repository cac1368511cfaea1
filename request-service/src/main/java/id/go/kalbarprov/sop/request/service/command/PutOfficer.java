package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.reference.RegisteredOfficer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An officer as the admin registers or replaces them; the login (upn) is in the path. */
public record PutOfficer(
        @NotBlank @Pattern(regexp = RegisteredOfficer.NIP) String nip,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotBlank @Size(max = Limits.NAME) @Schema(description = "Jabatan") String post,
        @NotBlank @Schema(description = "The SOP role the officer acts in",
                enumeration = {"karo", "kabag", "kasubbag", "pelaksana", "arsiparis"}) String role,
        @Size(max = 50) String unitCode,
        @Size(max = Limits.NAME) String section,
        @NotNull LocalDate activeFrom,
        LocalDate activeTo) {
}
