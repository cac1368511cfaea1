package id.go.kalbarprov.sop.review.domain;

/** A reviewer's decision on a version at their level. */
public enum Decision {
    /** Paraf at levels 5 and 6, signature at level 7. */
    APPROVE,
    /** Back exactly one level down, with a reason. */
    RETURN,
    /** Level 7 only: the case needs no correction, with a reason; the review ends without a signature. */
    NO_CORRECTION
}
