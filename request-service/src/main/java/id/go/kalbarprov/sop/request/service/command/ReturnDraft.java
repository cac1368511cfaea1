package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** From review-service: the Kasubbag (level 5) returned the draft version to the pelaksana for revision. */
public record ReturnDraft(
        @NotNull UUID eventId,
        @NotNull @Min(1) Integer version,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid Officer returnedBy) {

    public record Officer(@NotBlank @Size(max = 100) String upn, @Size(max = 18) String nip,
                          @Size(max = 200) String name, Boolean acting) {
    }
}
