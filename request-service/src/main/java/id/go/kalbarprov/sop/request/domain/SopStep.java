package id.go.kalbarprov.sop.request.domain;

/** The tasks of steps 1–4 that this service measures, with the role that acts and the output the SOP names. */
public enum SopStep {
    DISPOSITION(1, "karo", "Disposition"),
    MEMO(1, "kabag", "Nota Dinas"),
    FORWARD(2, "kabag", "Information material for the correction"),
    /** A unit's revised rows after the Kabag reopened collection for it (held by the unit, not a person). */
    RESUBMISSION(2, "unit", "Revised performance data of the unit"),
    ASSIGNMENT(3, "kasubbag", "Information material for the correction"),
    DRAFT(4, "pelaksana", "Information material for the correction"),
    // Steps 5–10 run in review-service and archive-service; they report them here for the timeline and report.
    REVIEW_KASUBBAG(5, "kasubbag", "Draft performance data correction"),
    REVIEW_KABAG(6, "kabag", "Draft performance data correction"),
    REVIEW_KARO(7, "karo", "Draft performance data correction"),
    ARCHIVE_ORDER(8, "kabag", "Performance data correction"),
    ARCHIVE_DELEGATION(9, "kasubbag", "Performance data correction"),
    FILING(10, "arsiparis", "Performance data correction");

    /** The step of SOP 45 (5–10) reported by another service. */
    public static SopStep remote(int step) {
        for (SopStep s : values()) {
            if (s.number == step && s.number >= 5) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a step of review or archive: " + step);
    }

    public final int number;
    public final String actorRole;
    public final String output;

    SopStep(int number, String actorRole, String output) {
        this.number = number;
        this.actorRole = actorRole;
        this.output = output;
    }
}
