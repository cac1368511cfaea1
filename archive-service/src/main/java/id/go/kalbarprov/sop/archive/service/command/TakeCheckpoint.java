package id.go.kalbarprov.sop.archive.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A checkpoint of the chain taken on demand, and why (before maintenance, for an audit, ...). */
public record TakeCheckpoint(@NotBlank @Size(max = 500) String reason) {
}
