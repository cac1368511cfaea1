package id.go.kalbarprov.sop.archive.domain;

/** Where a signed correction stands on its way into the archive (SOP steps 8–10). */
public enum ArchiveOrderState {
    /** Arrived from review-service; the Kabag is to order archiving (step 8). */
    RECEIVED,
    /** The Kabag ordered archiving; the Kasubbag is to name an arsiparis (step 9). */
    ORDERED,
    /** An arsiparis is named and is to file it (step 10). */
    DELEGATED,
    /** Filed: an archive record exists and never changes. */
    FILED
}
