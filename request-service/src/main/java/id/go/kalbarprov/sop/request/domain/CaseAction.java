package id.go.kalbarprov.sop.request.domain;

/** What can be done to a case. */
public enum CaseAction {
    ISSUE_MEMO,
    SUBMIT_UNIT_DATA,
    FORWARD,
    /** The Kabag reopens collection for one unit after forwarding. */
    REOPEN_COLLECTION,
    ASSIGN,
    EDIT_DRAFT,
    SUBMIT_DRAFT,
    RETURN_FOR_REVISION,
    RECORD_SIGNATURE,
    RECORD_FILING
}
