package id.go.kalbarprov.sop.archive.domain;

/** An action the archive order's current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final ArchiveOrderState state;
    private final ArchiveAction action;

    public IllegalTransitionException(ArchiveOrderState state, ArchiveAction action) {
        super(action + " is not allowed in state " + state);
        this.state = state;
        this.action = action;
    }

    public ArchiveOrderState state() {
        return state;
    }

    public ArchiveAction action() {
        return action;
    }
}
