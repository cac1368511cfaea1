package id.go.kalbarprov.sop.request.domain;

/** What can be done to a case. */
public enum CaseAction {
    ISSUE_MEMO,
    SUBMIT_UNIT_DATA,
    FORWARD,
    /** The Kabag reopens collection for one unit after forwarding. */
    REOPEN_COLLECTION,
    /** The Kabag sends a reminder Nota Dinas to the units late with their reply; the case stays collecting. */
    REMIND_LATE_UNITS,
    ASSIGN,
    EDIT_DRAFT,
    SUBMIT_DRAFT,
    RETURN_FOR_REVISION,
    RECORD_SIGNATURE,
    RECORD_FILING,
    /** The Karo withdraws the case while this service owns it (before the draft is in review, or back from it). */
    WITHDRAW,
    /** review-service reports the Karo's withdrawal of the case in review. */
    RECORD_WITHDRAWAL,
    /** review-service reports the Karo's "no correction needed" at step 7. */
    RECORD_NO_CORRECTION;

    /** How many actions there are (a case allows at most all of them). */
    public static final int COUNT = 14;
}
