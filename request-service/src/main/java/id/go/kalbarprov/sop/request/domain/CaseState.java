package id.go.kalbarprov.sop.request.domain;

/** Where a correction case stands. */
public enum CaseState {
    /** Step 1 done: the Karo's disposition is recorded; the Kabag is to issue the Nota Dinas. */
    OPEN,
    /** The Nota Dinas is out; units submit their corrected rows. */
    COLLECTING,
    /**
     * After forwarding, the Kabag reopened collection for one unit: only that unit may submit; the Kabag forwards
     * again and the case resumes the state it was reopened from (FORWARDED, DRAFTING or REVISION).
     */
    REOPENED,
    /** Step 2 done: material forwarded to the Kasubbag, who is to assign a pelaksana. */
    FORWARDED,
    /** Step 3 done: the assigned pelaksana analyses and composes the draft (step 4). */
    DRAFTING,
    /** Step 4 done: a draft version is with the review chain (steps 5–7). */
    IN_REVIEW,
    /** The review chain returned the draft to the pelaksana with a reason; step 4 again. */
    REVISION,
    /** Step 7 done: the Karo signed; archiving (steps 8–10) follows. */
    SIGNED,
    /** Step 10 done: filed in the bureau's archive. */
    ARCHIVED,
    /** The Karo withdrew the case before signing, with a reason. Final: nothing is signed or archived. */
    WITHDRAWN,
    /** The Karo closed the case at step 7: no correction is needed. Final: nothing is signed or archived. */
    CLOSED_NO_CORRECTION;

    /** Whether a case in this state is still in progress: not archived, withdrawn or closed (these are final). */
    public boolean inProgress() {
        return this != ARCHIVED && this != WITHDRAWN && this != CLOSED_NO_CORRECTION;
    }
}
