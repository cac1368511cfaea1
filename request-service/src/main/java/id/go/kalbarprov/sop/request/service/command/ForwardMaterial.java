package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.constraints.Size;

/** Step 2: the Kabag forwards the collected material to the Kasubbag. */
public record ForwardMaterial(@Size(max = 2000) String note) {
}
