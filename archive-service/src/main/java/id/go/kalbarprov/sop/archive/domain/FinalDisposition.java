package id.go.kalbarprov.sop.archive.domain;

/** Nasib akhir — what happens to a record when its retention ends: musnah, permanen, dinilai kembali. */
public enum FinalDisposition {
    DESTROY, PERMANENT, REVIEW
}
