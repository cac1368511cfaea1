package id.go.kalbarprov.sop.archive.domain;

/** Whether the archived item is the original (asli) or a copy (salinan/tembusan). */
public enum Authenticity {
    ORIGINAL, COPY
}
