package id.go.kalbarprov.sop.request.service.command;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Step 4: the pelaksana composes the draft from current rows, with notes and a conclusion. */
public record ComposeDraft(
        @NotEmpty @Size(max = ROWS) List<@NotNull UUID> rowIds,
        @Size(max = 10000) String notes,
        @Size(max = 10000) String conclusion) {

    /** The rows a draft holds. */
    public static final int ROWS = 5000;
}
