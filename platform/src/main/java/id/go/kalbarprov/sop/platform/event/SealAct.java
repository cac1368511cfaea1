package id.go.kalbarprov.sop.platform.event;

/**
 * The act a seal records: initials (paraf) by a reviewer, the signature (tanda tangan) of the signer, or an
 * amendment (a new version of the draft made by the reviewer whose turn it was).
 */
public enum SealAct {
    PARAF, SIGNATURE, AMENDMENT
}
