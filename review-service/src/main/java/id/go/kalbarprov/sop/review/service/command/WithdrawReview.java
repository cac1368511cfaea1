package id.go.kalbarprov.sop.review.service.command;

import id.go.kalbarprov.sop.platform.event.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Karo withdraws the case in review, with a reason. */
public record WithdrawReview(@NotBlank @Size(max = Limits.REASON) String reason) {
}
