package id.go.kalbarprov.sop.archive.service.command;

import jakarta.validation.constraints.Size;

/** Step 8: the Kabag receives the signed correction and orders the Kasubbag to archive it. */
public record OrderArchiving(@Size(max = 2000) String note) {
}
