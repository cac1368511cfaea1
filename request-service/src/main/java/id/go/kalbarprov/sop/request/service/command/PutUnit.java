package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.event.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit as the admin registers or replaces it; its code is in the path. */
public record PutUnit(
        @NotBlank @Size(max = Limits.NAME) @Schema(description = "Official name", example = "Dinas Kesehatan")
        String name,
        @NotBlank @Size(max = Limits.NAME) @Schema(description = "The head's post, as a letter addresses it",
                example = "Kepala Dinas Kesehatan Provinsi Kalimantan Barat")
        String headPost,
        @Size(max = 500) String address,
        @NotNull @Schema(description = "Whether cases may be addressed to it") Boolean active) {
}
