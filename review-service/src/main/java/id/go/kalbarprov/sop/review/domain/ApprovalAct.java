package id.go.kalbarprov.sop.review.domain;

/** How a level approves: initials (paraf) below the signer, the signature (tanda tangan) at the top. */
public enum ApprovalAct {
    PARAF, SIGNATURE
}
