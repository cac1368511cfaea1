package id.go.kalbarprov.sop.archive.domain;

/** The tasks of steps 8–10 that this service measures, with the role that acts and the output the SOP names. */
public enum SopStep {
    ORDER(8, "kabag", "Performance data correction"),
    DELEGATION(9, "kasubbag", "Performance data correction"),
    FILING(10, "arsiparis", "Performance data correction");

    /** How many steps: an order has one task per step (naming another arsiparis reassigns the filing task). */
    public static final int COUNT = 3;

    public final int number;
    public final String actorRole;
    public final String output;

    SopStep(int number, String actorRole, String output) {
        this.number = number;
        this.actorRole = actorRole;
        this.output = output;
    }
}
