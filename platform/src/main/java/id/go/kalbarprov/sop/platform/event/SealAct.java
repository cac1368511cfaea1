package id.go.kalbarprov.sop.platform.event;

/** The act a seal records: initials (paraf) by a reviewer, or the signature (tanda tangan) of the signer. */
public enum SealAct {
    PARAF, SIGNATURE
}
