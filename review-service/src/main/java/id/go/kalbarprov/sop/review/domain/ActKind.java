package id.go.kalbarprov.sop.review.domain;

/** What a reviewer did. Every act is recorded once and never changes. */
public enum ActKind {
    /** Corrected the draft: a new version. */
    AMENDED,
    /** Approved with initials (paraf), levels 5 and 6. */
    INITIALLED,
    /** Approved with the signature, level 7. */
    SIGNED,
    /** Returned one level down with a reason. */
    RETURNED,
    /** Closed at level 7 with a reason: no correction is needed (sealed, no document number). */
    NO_CORRECTION,
    /** The Karo withdrew the case with a reason. */
    WITHDRAWN;

    public boolean isDecision() {
        return this != AMENDED;
    }

    public boolean isApproval() {
        return this == INITIALLED || this == SIGNED;
    }
}
