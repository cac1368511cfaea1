package id.go.kalbarprov.sop.archive.problem;

import id.go.kalbarprov.sop.platform.problem.ProblemCode;

/** The codes of archive-service beyond the shared ones; texts in {@code problems*.properties}. */
public enum ArchiveProblem implements ProblemCode {
    UNKNOWN_CLASSIFICATION(422),
    /** A destroying retention rule keeps records less than its classification's minimum. */
    RETENTION_BELOW_MINIMUM(400),
    /** The retention rule changed (or was added) since the proposal was made. */
    STALE_PROPOSAL(409),
    /** Nobody decides on a retention rule proposal of their own (two people). */
    OWN_PROPOSAL(403),
    /** The record's access class does not admit the caller's role to its content (its document included). */
    CONTENT_WITHHELD(403),
    /** The signed correction did not verify: taken into quarantine (the delivery succeeded; not to be retried). */
    QUARANTINED(202),
    /** review-service's keyring could not be read: nothing is accepted unverified, the sender retries. */
    SEAL_KEYS_UNAVAILABLE(503),
    /** request-service's register of officers could not be read and the officer was never seen here: try later. */
    OFFICERS_UNAVAILABLE(503),
    /** A full walk of the integrity chain is already running (one at a time across the service): try later. */
    CHAIN_WALK_RUNNING(429);

    private final int status;

    ArchiveProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
