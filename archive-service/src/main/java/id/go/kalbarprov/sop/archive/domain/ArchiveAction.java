package id.go.kalbarprov.sop.archive.domain;

/** What officers do to an archive order. */
public enum ArchiveAction {
    /** Step 8: the Kabag orders the Kasubbag to archive the signed correction. */
    ORDER,
    /** Step 9: the Kasubbag orders an arsiparis to file it (or names another one). */
    DELEGATE,
    /** Step 10: the named arsiparis files it. */
    FILE;

    /** How many there are: the most an order can allow at once. */
    public static final int COUNT = 3;
}
