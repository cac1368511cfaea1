package id.go.kalbarprov.sop.request.domain;

/** The tasks of steps 1–4 that this service measures, with the role that acts and the output the SOP names. */
public enum SopStep {
    DISPOSITION(1, "karo", "Disposition"),
    MEMO(1, "kabag", "Nota Dinas"),
    FORWARD(2, "kabag", "Information material for the correction"),
    ASSIGNMENT(3, "kasubbag", "Information material for the correction"),
    DRAFT(4, "pelaksana", "Information material for the correction");

    public final int number;
    public final String actorRole;
    public final String output;

    SopStep(int number, String actorRole, String output) {
        this.number = number;
        this.actorRole = actorRole;
        this.output = output;
    }
}
