package id.go.kalbarprov.sop.platform.event;

/**
 * The act a seal records: initials (paraf) by a reviewer, the signature (tanda tangan) of the signer, an
 * amendment (a new version of the draft made by the reviewer whose turn it was), or the signer's closure of the case
 * as "no correction needed" over the version he read (CLOSURE: it ends the review instead of a signature, gives no
 * document number, and is never part of a signed correction's chain).
 */
public enum SealAct {
    PARAF, SIGNATURE, AMENDMENT, CLOSURE
}
