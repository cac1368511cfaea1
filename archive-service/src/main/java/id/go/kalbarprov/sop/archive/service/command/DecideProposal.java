package id.go.kalbarprov.sop.archive.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Kasubbag's decision on a retention rule proposal: a note with an approval, the reason for a rejection. */
public final class DecideProposal {

    private DecideProposal() {
    }

    /** Approval; the body and its note are optional. */
    public record Approval(@Size(max = 2000) String note) {
    }

    /** Rejection: the reason is required. */
    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }
}
