package id.go.kalbarprov.sop.platform.event;

import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer as the services name one to each other: login, NIP, name, and whether acting (Plh/Plt). */
public record Officer(
        @NotBlank @Size(max = Limits.UPN) String upn,
        @Size(max = Limits.NIP) String nip,
        @Size(max = Limits.NAME) String name,
        Boolean acting) {

    public static Officer of(Caller caller) {
        return new Officer(caller.upn(), caller.nip(), caller.name(), caller.acting());
    }
}
