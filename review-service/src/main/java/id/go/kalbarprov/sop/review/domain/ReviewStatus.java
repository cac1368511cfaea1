package id.go.kalbarprov.sop.review.domain;

/** Where a review stands. */
public enum ReviewStatus {
    /** A level (5, 6 or 7) is to review the current version. */
    IN_REVIEW,
    /** Level 5 returned the draft to the pelaksana; a resubmitted draft starts a new round. */
    RETURNED_TO_PELAKSANA,
    /** Level 7 signed; the signed correction went to archiving. Final. */
    SIGNED,
    /** Level 7 closed the case: no correction is needed; nothing is signed, numbered or archived. Final. */
    CLOSED_NO_CORRECTION,
    /** The Karo withdrew the case before signing (in review, or while it was back with the pelaksana). Final. */
    WITHDRAWN;

    /** True for the states nothing moves out of. */
    public boolean isFinal() {
        return this == SIGNED || this == CLOSED_NO_CORRECTION || this == WITHDRAWN;
    }
}
