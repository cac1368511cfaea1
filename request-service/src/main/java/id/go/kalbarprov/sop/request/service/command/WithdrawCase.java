package id.go.kalbarprov.sop.request.service.command;

import id.go.kalbarprov.sop.platform.event.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Karo withdraws the case, with a reason. */
public record WithdrawCase(@NotBlank @Size(max = Limits.REASON) String reason) {
}
