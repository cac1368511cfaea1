package id.go.kalbarprov.sop.platform.reference;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Roles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An officer as the register of officers holds one (request-service owns it, {@code GET /api/v1/officers/{upn}}) and
 * as it travels to the services that check an assignment or a delegation against it: login, NIP, name, post
 * (jabatan), the one SOP role the officer acts in, unit and section, and the days the officer holds the post.
 */
@Schema(name = "RegisteredOfficer", description = "An officer of the register (pegawai), as every service reads one")
public record RegisteredOfficer(
        @NotBlank @Size(max = Limits.UPN) @Pattern(regexp = UPN) String upn,
        @NotBlank @Pattern(regexp = NIP) String nip,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotBlank @Size(max = Limits.NAME) @Schema(description = "Jabatan", example = "Analis Kebijakan Ahli Muda")
        String post,
        @NotBlank @Schema(enumeration = {Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA, Roles.ARSIPARIS})
        String role,
        @Size(max = 50) @Schema(example = "BIRO-ORG") String unitCode,
        @Size(max = Limits.NAME) @Schema(description = "Bagian / Subbagian") String section,
        @NotNull @Schema(description = "First day in the post") LocalDate activeFrom,
        @Schema(description = "Last day in the post; none while the officer holds it") LocalDate activeTo,
        @Schema(description = "The record's version (its ETag)") int version) {

    /** A login: no white space. */
    public static final String UPN = "^[^\\s]+$";
    /** A NIP as written: 18 digits ({@code domain.Nip} checks the dates in it). */
    public static final String NIP = "^\\d{18}$";
    /** The SOP's officer roles: the actors an officer of the register acts as. */
    public static final Set<String> ROLES = Set.of(Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA,
            Roles.ARSIPARIS);

    /**
     * The officer an assignment or delegation names — by login ({@code upn}) or, without one, by NIP — as the register
     * found them, when they may act as {@code role} on {@code day}. Otherwise a 400 naming the field the caller used:
     * unknown, another role, not in post that day, or a NIP that is not the login's.
     */
    public static RegisteredOfficer requireServing(Optional<RegisteredOfficer> found, String upn, String nip,
                                                   String role, LocalDate day) {
        String field = upn != null ? "upn" : "nip";
        String given = upn != null ? upn : nip;
        RegisteredOfficer officer = found.orElseThrow(() -> ProblemException.invalid(field, "officer-unknown", given));
        if (upn != null && nip != null && !nip.equals(officer.nip())) {
            throw ProblemException.invalid("nip", "officer-nip-mismatch", nip, upn);
        }
        if (!officer.serves(role, day)) {
            throw ProblemException.invalid(field, "officer-not-serving", given, role, day.toString());
        }
        return officer;
    }

    /** Whether the officer holds the post on {@code day} (both ends included). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    /** Whether the officer may act as {@code role} on {@code day}. */
    public boolean serves(String role, LocalDate day) {
        return this.role.equals(role) && activeOn(day);
    }
}
